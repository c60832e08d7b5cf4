/**
 * A post's series and part, decided for the importer and the scaffolder: `--series` and `--part`
 * win over the source; a source's own `series` (Jekyll's, say, by key or by title) is kept when the
 * series file has it, and left out with a note when it has not. A part needs its series and a
 * series its part.
 */
import { findKey } from '../content/keys';
import { SERIES_PART_MAX, type SeriesFile } from '../content/schema';
import { nearest } from './normalise';
import type { Problem, RawValue } from './types';

export interface SeriesDecision {
  series?: string;
  part?: number;
  changes: string[];
  problems: Problem[];
}

/** A part number as a source or an option may write it: 2 or "2". */
function partNumber(value: string | number): number | undefined {
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(number) && number >= 1 && number <= SERIES_PART_MAX ? number : undefined;
}

export function resolveSeries(
  source: { series?: RawValue; part?: RawValue },
  options: { series?: string; part?: number },
  vocabulary: SeriesFile,
): SeriesDecision {
  const entries = Object.entries(vocabulary).map(([key, series]): [string, string] => [key, series.title]);
  const keys = Object.keys(vocabulary);
  const hint = keys.length > 0 ? `use a key of series.yml (${keys.join(', ')})` : 'add the series to series.yml first';
  const changes: string[] = [];
  const problems: Problem[] = [];
  let series: string | undefined;
  if (options.series !== undefined) {
    series = findKey(options.series, entries);
    if (series === undefined) {
      problems.push({
        message: `--series: "${options.series}" is not a series in series.yml`,
        suggestion: nearest(options.series, keys, hint),
      });
    } else if (source.series && findKey(source.series.value, entries) !== series) {
      changes.push(`series "${source.series.value}" replaced by --series ${series}`);
    }
  } else if (source.series) {
    series = findKey(source.series.value, entries);
    if (series === undefined) {
      const near = nearest(source.series.value, keys, `add it there and pass --series <key> --part <n>`);
      changes.push(`left out series "${source.series.value}": it names no series in series.yml (${near})`);
    } else {
      changes.push(
        series === source.series.value ? `kept series ${series}` : `mapped series "${source.series.value}" → ${series}`,
      );
    }
  }

  let part: number | undefined;
  if (options.part !== undefined) {
    part = partNumber(options.part);
    if (part === undefined)
      problems.push({ message: `--part: ${options.part} is not a part number from 1 to ${SERIES_PART_MAX}` });
    if (options.series === undefined && !source.series) {
      problems.push({ message: '--part was given without a series', suggestion: 'pass --series <key> too' });
    }
  } else if (source.part && series !== undefined) {
    part = partNumber(source.part.value);
    if (part === undefined) {
      problems.push({ message: `part "${source.part.value}" is not a part number from 1`, at: source.part.at });
    }
  }
  if (series !== undefined && part === undefined && problems.length === 0) {
    problems.push({
      message: `the story is in series "${series}", but its part is not known`,
      suggestion: 'pass --part <n>: its number in the series, from 1',
    });
  }
  return { ...(series !== undefined && part !== undefined ? { series, part } : {}), changes, problems };
}
