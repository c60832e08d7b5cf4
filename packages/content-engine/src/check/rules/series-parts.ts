/**
 * Rule ids: duplicate-part (error), part-gap (warning), single-part-series (warning). The parts a
 * series has published, taken together: each number once, numbered from 1 without a gap, and
 * more than one of them. One pass over the posts: linear in their number.
 */
import { error, warning, type Finding, type Location } from '../finding';
import { groupBySeries, missingParts, placeOf } from '../../content/series';
import type { SeriesFile } from '../../content/schema';
import { isPublished } from '../../content/schedule';
import type { DataFile } from '../data-files';
import type { SourceFile } from '../source';

/** A part readers can see on the day `now`: a valid post, neither a draft nor scheduled for later. */
const isPublishedPart = (source: SourceFile, now: Date): boolean =>
  source.kind === 'post' && !!source.post && isPublished(source.post, now);

const at = (source: SourceFile, field: string): Location =>
  source.parsed?.positions[`${field}=`] ?? source.parsed?.positions[field] ?? { line: 1, column: 1 };

export function seriesPartsRule(sources: SourceFile[], series: DataFile<SeriesFile>, now: Date): Finding[] {
  const findings: Finding[] = [];
  const published = sources.filter((source) => isPublishedPart(source, now));
  const groups = groupBySeries(published, (source) => placeOf(source.post!));
  for (const [key, parts] of groups) {
    // An unknown series is the unknown-series rule's finding, on every one of its parts already.
    if (!Object.hasOwn(series.value, key)) continue;
    const byNumber = new Map<number, SourceFile[]>();
    for (const { part, item } of parts) byNumber.set(part, [...(byNumber.get(part) ?? []), item]);
    for (const [part, same] of byNumber) {
      if (same.length < 2) continue;
      for (const source of same) {
        const others = same.filter((other) => other !== source).map((other) => other.path);
        findings.push(
          error(
            source.path,
            at(source, 'part'),
            'duplicate-part',
            `part ${part} of series "${key}" is also ${others.join(' and ')}`,
            'give each part of a series its own number',
          ),
        );
      }
    }
    const numbers = [...byNumber.keys()];
    const missing = missingParts(numbers);
    if (missing.length > 0) {
      // Reported on the part where the numbering jumps: the first one after the first gap.
      const next = parts.find(({ part }) => part > missing[0]!)!.item;
      const what = missing.length === 1 ? `part ${missing[0]}` : `parts ${missing.join(', ')}`;
      findings.push(
        warning(
          next.path,
          at(next, 'part'),
          'part-gap',
          `series "${key}" has no ${what}: its published parts are ${numbers.join(', ')}`,
          `publish ${what}, or number the parts from 1 without a gap`,
        ),
      );
    }
    if (parts.length === 1) {
      const only = parts[0]!.item;
      findings.push(
        warning(
          only.path,
          at(only, 'series'),
          'single-part-series',
          `series "${key}" has one published part: a series has two or more`,
          'publish its next part, or remove series and part from this story',
        ),
      );
    }
  }
  return findings;
}
