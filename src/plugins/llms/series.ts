/**
 * A Markdown copy of each series page (its description, then its parts in order, each linked to
 * its story's copy), for the "Series" section of llms.txt. Built from the stories' copies and the
 * series each story's metadata carries (src/lib/blog-posts.ts), so parts match the site's pages.
 */
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import type { SeriesFile } from '@sde/content-engine';
import type { ExtraPostMetadata } from '../../lib/blog-posts';
import { markdownCopyUrl } from '../../lib/markdown-copy';
import type { CopyPage } from './render';

export function seriesCopies(
  posts: readonly BlogPost[],
  stories: readonly CopyPage[],
  vocabulary: SeriesFile,
  /** A series page's permalink, base path included. */
  permalinkOf: (key: string) => string,
  origin: string,
): CopyPage[] {
  const copyOf = new Map(stories.map((story) => [story.permalink.replace(/\/$/, ''), story]));
  const parts = new Map<string, { part: number; story: CopyPage }[]>();
  for (const post of posts) {
    const { series } = post.metadata as typeof post.metadata & ExtraPostMetadata;
    const story = copyOf.get(post.metadata.permalink.replace(/\/$/, ''));
    if (!series || !story?.listed) continue;
    parts.set(series.key, [...(parts.get(series.key) ?? []), { part: series.part, story }]);
  }
  return Object.entries(vocabulary).map(([key, series]): CopyPage => {
    const inOrder = (parts.get(key) ?? []).sort((a, b) => a.part - b.part);
    const list = inOrder.map(
      ({ part, story }) => `${part}. [${story.title}](${story.copyUrl}): ${story.description.replace(/\s+/g, ' ')}`,
    );
    const permalink = permalinkOf(key);
    return {
      kind: 'series',
      permalink,
      url: `${origin}${permalink}`,
      copyUrl: `${origin}${markdownCopyUrl(permalink)}`,
      title: series.title,
      description: series.description,
      facts: [['Parts', String(inOrder.length)]],
      body: `${series.description}\n\n${list.join('\n')}\n`,
      listed: inOrder.length > 0,
    };
  });
}
