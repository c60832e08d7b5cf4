/**
 * The blog plugin's processBlogPosts hook: adds to each post's own metadata what the theme needs
 * and stock Docusaurus does not compute. The metadata is a per-post module, so this ships with
 * that post's page only (no global data, no client-side fetching).
 */
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import { relatedStoriesOfAll, type RankablePost, type RelatedStory } from './related';
import { ogImagePath } from './og';
import { publishedToday, lastUpdatedAt, scheduleOf } from './schedule';

/** What this hook adds to a post's metadata; read back with `relatedOf` in the theme. */
export interface ExtraPostMetadata {
  relatedStories?: RelatedStory[];
  /** The day a scheduled story comes out (`2026-05-04`): only the dev server has such posts. */
  scheduledFor?: string;
}

function rankable(post: BlogPost): RankablePost {
  const { metadata } = post;
  return {
    permalink: metadata.permalink,
    title: metadata.title,
    description: metadata.description,
    date: new Date(metadata.date).toISOString(),
    tags: metadata.tags.map((tag) => tag.label),
    unlisted: metadata.unlisted,
  };
}

export async function enrichBlogPosts({ blogPosts: all }: { blogPosts: BlogPost[] }): Promise<BlogPost[]> {
  const blogPosts = publishedToday(all);
  const related = relatedStoriesOfAll(blogPosts.map(rankable));
  return blogPosts.map((post, index) => {
    const { metadata } = post;
    const frontMatter = { ...metadata.frontMatter };
    // Stock Docusaurus writes `"keywords": []` into the JSON-LD when a post has none: use its tags.
    frontMatter.keywords ??= metadata.tags.map((tag) => tag.label);
    // The generated preview card, unless the author chose an image.
    if (typeof frontMatter.slug === 'string') frontMatter.image ??= ogImagePath(frontMatter.slug);
    const extra: ExtraPostMetadata = { relatedStories: related[index]!, ...scheduleOf(metadata.date) };
    return { ...post, metadata: { ...metadata, frontMatter, ...extra, lastUpdatedAt: lastUpdatedAt(frontMatter) } };
  });
}
