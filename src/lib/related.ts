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

interface Candidate {
  other: RankablePost;
  sharedTags: string[];
}

const byRank = (a: Candidate, b: Candidate) =>
  b.sharedTags.length - a.sharedTags.length ||
  b.other.date.localeCompare(a.other.date) ||
  a.other.title.localeCompare(b.other.title);

function story({ other, sharedTags }: Candidate): RelatedStory {
  return {
    permalink: other.permalink,
    title: other.title,
    description: other.description,
    date: other.date.slice(0, 10),
    sharedTags,
  };
}

/** The ranking for one post, by comparing it with every other: the definition the fast path must match. */
export function relatedStories(
  post: RankablePost,
  all: readonly RankablePost[],
  limit = RELATED_LIMIT,
): RelatedStory[] {
  const own = new Set(post.tags);
  return all
    .filter((other) => other.permalink !== post.permalink && !other.unlisted)
    .map((other) => ({ other, sharedTags: other.tags.filter((tag) => own.has(tag)) }))
    .sort(byRank)
    .slice(0, limit)
    .map(story);
}

/**
 * The same ranking for every post at once, without comparing every pair (10,000 posts would be
 * 10^8 pairs, each sorted with localeCompare). Posts with the same set of tags share as many tags
 * with any given post, so they rank among themselves by date and title alone: each such group is
 * sorted once, and a post's best `limit` can only come from the first `limit + 1` of each group
 * (one more, in case the post itself is among them).
 */
export function relatedStoriesOfAll(all: readonly RankablePost[], limit = RELATED_LIMIT): RelatedStory[][] {
  // Where each post is in `all`: the last tie-breaker, as in the stable sort of the definition.
  const order = new Map(all.map((post, index) => [post, index]));
  const rank = (a: Candidate, b: Candidate) => byRank(a, b) || order.get(a.other)! - order.get(b.other)!;
  const groups = new Map<string, Candidate[]>();
  for (const other of all) {
    if (other.unlisted) continue;
    const key = JSON.stringify([...other.tags].sort());
    const members = groups.get(key) ?? [];
    members.push({ other, sharedTags: [] });
    groups.set(key, members);
  }
  const leaders = [...groups.values()].flatMap((members) =>
    members
      .sort(rank)
      .slice(0, limit + 1)
      .map(({ other }) => other),
  );
  return all.map((post) => {
    const own = new Set(post.tags);
    return leaders
      .filter((other) => other.permalink !== post.permalink)
      .map((other) => ({ other, sharedTags: other.tags.filter((tag) => own.has(tag)) }))
      .sort(rank)
      .slice(0, limit)
      .map(story);
  });
}
