/**
 * Series: stories that belong together, in order. A post names its series (a key of the blog's
 * series file) and its part number in its frontmatter; everything that shows or checks a series
 * (the checks, the site's series box and pages, feeds of text such as llms.txt, the scaffolder)
 * groups and labels parts through this module, so "Part 2 of 4" means the same thing everywhere.
 */
import type { PostFrontMatter } from './schema';

/** A story's place in a series. */
export interface SeriesPlace {
  /** Key of the series file. */
  series: string;
  part: number;
}

/** The place a post's frontmatter gives it, when it names both a series and a part. */
export function placeOf(frontMatter: Partial<Pick<PostFrontMatter, 'series' | 'part'>>): SeriesPlace | undefined {
  const { series, part } = frontMatter;
  return typeof series === 'string' && typeof part === 'number' ? { series, part } : undefined;
}

/**
 * `items` grouped by the series each belongs to, each group in part order (equal parts, which the
 * checks refuse, keep the order given). Series appear in the order their first part does.
 */
export function groupBySeries<T>(
  items: readonly T[],
  place: (item: T) => SeriesPlace | undefined,
): Map<string, { part: number; item: T }[]> {
  const groups = new Map<string, { part: number; item: T }[]>();
  for (const item of items) {
    const at = place(item);
    if (!at) continue;
    const group = groups.get(at.series) ?? [];
    group.push({ part: at.part, item });
    groups.set(at.series, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.part - b.part);
  return groups;
}

/**
 * How many parts a series announces: its highest part number, so a part published ahead of an
 * earlier one (parts 1, 2 and 4 out) reads "Part 4 of 4", and part 3 is plainly still to come.
 */
export const seriesLength = (parts: readonly { part: number }[]): number =>
  parts.reduce((most, { part }) => Math.max(most, part), 0);

/** "Part 2 of 4". */
export const partLabel = (part: number, length: number): string => `Part ${part} of ${length}`;

/** The part numbers missing below the highest: [3] for parts 1, 2 and 4. */
export function missingParts(parts: readonly number[]): number[] {
  const present = new Set(parts);
  const missing: number[] = [];
  for (let n = 1; n <= Math.max(0, ...parts); n++) if (!present.has(n)) missing.push(n);
  return missing;
}
