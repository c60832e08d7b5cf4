/**
 * Related stories: for each post, the other posts ranked by how many tags they share with it, then
 * newest first. Pure, so the ranking is tested without a build.
 */

export interface RankablePost {
  permalink: string;
  title: string;
  description: string;
  /** ISO date; compared as text, which orders ISO dates correctly. */
  date: string;
  tags: readonly string[];
  /** Unlisted posts have a URL but are never advertised, so they are never recommended. */
  unlisted?: boolean;
}

export interface RelatedStory {
  permalink: string;
  title: string;
  description: string;
  date: string;
  sharedTags: string[];
}

export const RELATED_LIMIT = 3;

export function relatedStories(
  post: RankablePost,
  all: readonly RankablePost[],
  limit = RELATED_LIMIT,
): RelatedStory[] {
  const own = new Set(post.tags);
  return all
    .filter((other) => other.permalink !== post.permalink && !other.unlisted)
    .map((other) => ({ other, sharedTags: other.tags.filter((tag) => own.has(tag)) }))
    .sort(
      (a, b) =>
        b.sharedTags.length - a.sharedTags.length ||
        b.other.date.localeCompare(a.other.date) ||
        a.other.title.localeCompare(b.other.title),
    )
    .slice(0, limit)
    .map(({ other, sharedTags }) => ({
      permalink: other.permalink,
      title: other.title,
      description: other.description,
      date: other.date.slice(0, 10),
      sharedTags,
    }));
}
