/** A part of a series in a story's JSON-LD (schema.org): pure, so it is tested without a build. */
import type { PostSeries } from './series';

/**
 * `data` (a BlogPosting) with its series: a CreativeWorkSeries beside what it was already part of
 * (the blog), and the part's `position` in the series.
 */
export function withSeries<T extends { isPartOf?: unknown }>(
  data: T,
  series: Pick<PostSeries, 'title' | 'part'>,
  url: string,
): T & { position: number; isPartOf: unknown[] } {
  const already = data.isPartOf === undefined ? [] : Array.isArray(data.isPartOf) ? data.isPartOf : [data.isPartOf];
  return {
    ...data,
    position: series.part,
    isPartOf: [...already, { '@type': 'CreativeWorkSeries', '@id': url, name: series.title, url }],
  };
}
