/**
 * What a part of a series shows of its series (the box near its top, the previous and next parts
 * at its end), worked out for every post at once. Pure, so it is tested without a build. A post
 * carries its own series only, so a page grows with its series, never with the blog.
 */
import { groupBySeries, partLabel, placeOf, seriesLength, type SeriesFile } from '@sde/content-engine';

export interface SeriesPartLink {
  part: number;
  title: string;
  permalink: string;
}

/** A post's series, as its page shows it. */
export interface PostSeries {
  key: string;
  title: string;
  /** The series page's route, without the base URL (`<Link>` adds it). */
  route: string;
  /** This post's part number, and the highest the series has. */
  part: number;
  length: number;
  /** "Part 2 of 4", worded by the content engine (pages never bundle the engine itself). */
  label: string;
  /** The parts readers can find, in order: listed ones, and this post itself. */
  parts: SeriesPartLink[];
  /** The parts just before and just after this one. */
  previous?: SeriesPartLink;
  next?: SeriesPartLink;
}

/** What the grouping needs of a post. */
export interface SeriesMemberPost {
  permalink: string;
  title: string;
  frontMatter: Record<string, unknown>;
  /** Unlisted posts have a URL but are never advertised: only their own box lists them. */
  unlisted?: boolean;
}

const place = (post: SeriesMemberPost) =>
  placeOf({
    series: typeof post.frontMatter.series === 'string' ? post.frontMatter.series : undefined,
    part: typeof post.frontMatter.part === 'number' ? post.frontMatter.part : undefined,
  });

/**
 * Each post's series (by its index in `posts`), or undefined for a post in none, or in a series
 * the series file does not have (the checks refuse that before a build).
 */
export function seriesOfPosts(
  posts: readonly SeriesMemberPost[],
  vocabulary: SeriesFile,
  routeOf: (key: string) => string,
): (PostSeries | undefined)[] {
  const groups = groupBySeries(posts, place);
  const link = ({ part, item }: { part: number; item: SeriesMemberPost }): SeriesPartLink => ({
    part,
    title: item.title,
    permalink: item.permalink,
  });
  return posts.map((post) => {
    const at = place(post);
    const series = at && vocabulary[at.series];
    if (!at || !series) return undefined;
    const parts = groups.get(at.series)!.filter(({ item }) => item === post || !item.unlisted);
    const length = seriesLength(parts);
    const previous = parts.filter(({ part }) => part < at.part).at(-1);
    const next = parts.find(({ part }) => part > at.part);
    return {
      key: at.series,
      title: series.title,
      route: routeOf(at.series),
      part: at.part,
      length,
      label: partLabel(at.part, length),
      parts: parts.map(link),
      ...(previous ? { previous: link(previous) } : {}),
      ...(next ? { next: link(next) } : {}),
    };
  });
}

/** "Part 2 of 4 in <title>", as text (the box sets the title in italics). */
export const seriesLine = (series: Pick<PostSeries, 'label' | 'title'>): string => `${series.label} in ${series.title}`;
