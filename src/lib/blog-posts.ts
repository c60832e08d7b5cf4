/**
 * The blog plugin's processBlogPosts hook: adds to each post's own metadata what the theme needs
 * and stock Docusaurus does not compute. The metadata is a per-post module, so this ships with
 * that post's page only (no global data, no client-side fetching).
 */
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import { relatedStoriesOfAll, type RankablePost, type RelatedStory } from './related';
import { ogImagePath } from './og';
import { coverPicture, type CoverPicture } from './pictures';
import { publishedToday, lastUpdatedAt, scheduleOf } from './schedule';
import { seriesOfPosts, type PostSeries } from './series';
import { readSeries, seriesRoute, type PostFrontMatter, type Site } from '@sde/content-engine';

/** What this hook adds to a post's metadata; read back with `relatedOf` in the theme. */
export interface ExtraPostMetadata {
  relatedStories?: RelatedStory[];
  /** The story's cover as the theme shows it (src/components/Picture.tsx). */
  cover?: CoverPicture;
  /** The day a scheduled story comes out (`2026-05-04`): only the dev server has such posts. */
  scheduledFor?: string;
  /** The series the post is a part of, with its parts (its own series only). */
  series?: PostSeries;
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

/** A post's file relative to the site: its metadata names it as @site/<path>. */
const postPath = (post: BlogPost): string => post.metadata.source.replace(/^@site\//, '');

export async function enrichBlogPosts({ blogPosts: all }: { blogPosts: BlogPost[] }, site: Site): Promise<BlogPost[]> {
  const blogPosts = publishedToday(all);
  const related = relatedStoriesOfAll(blogPosts.map(rankable));
  const series = seriesOfPosts(
    blogPosts.map(({ metadata }) => metadata),
    readSeries(site),
    (key) => seriesRoute(site, key),
  );
  return blogPosts.map((post, index) => {
    const { metadata } = post;
    const frontMatter = { ...metadata.frontMatter };
    // Stock Docusaurus writes `"keywords": []` into the JSON-LD when a post has none: use its tags.
    frontMatter.keywords ??= metadata.tags.map((tag) => tag.label);
    // The generated preview card, unless the author chose an image.
    if (typeof frontMatter.slug === 'string') frontMatter.image ??= ogImagePath(frontMatter.slug);
    const extra: ExtraPostMetadata = {
      relatedStories: related[index]!,
      ...scheduleOf(metadata.date),
      ...(series[index] ? { series: series[index] } : {}),
    };
    const cover = metadata.frontMatter.cover
      ? coverPicture(site, { path: postPath(post), frontMatter: metadata.frontMatter as unknown as PostFrontMatter })
      : undefined;
    if (cover) extra.cover = cover;
    return { ...post, metadata: { ...metadata, frontMatter, ...extra, lastUpdatedAt: lastUpdatedAt(frontMatter) } };
  });
}
