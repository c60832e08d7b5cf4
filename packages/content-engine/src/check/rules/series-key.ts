/**
 * Rule ids: unknown-series, missing-part, part-without-series. A post's `series` must be a key of
 * the series file (with a "did you mean"), and `series` and `part` come together.
 */
import { error, type Finding, type Location } from '../finding';
import { closest, didYouMean } from '../../content/keys';
import type { SourceFile } from '../source';
import type { CheckContext } from '../context';

export function seriesKeyRule(source: SourceFile, context: Pick<CheckContext, 'series'>): Finding[] {
  if (source.kind !== 'post' || !source.parsed) return [];
  const { data } = source.parsed;
  const { series, part } = data;
  // Positions cost a second parse: work them out only for a finding.
  const at = (field: string): Location =>
    source.parsed!.positions[`${field}=`] ?? source.parsed!.positions[field] ?? { line: 1, column: 1 };
  const file = context.series.file;
  const findings: Finding[] = [];
  if (typeof series === 'string') {
    if (!Object.hasOwn(context.series.value, series)) {
      findings.push(
        error(
          source.path,
          at('series'),
          'unknown-series',
          `unknown series "${series}": not a key of ${file}`,
          didYouMean(closest(series, Object.keys(context.series.value))) ??
            `add "${series}" to ${file}, with a title and a description`,
        ),
      );
    }
    if (part === undefined) {
      findings.push(
        error(
          source.path,
          at('series'),
          'missing-part',
          `the story is in series "${series}" but says not which part it is`,
          'add part: <its number in the series, from 1>',
        ),
      );
    }
  } else if (series === undefined && part !== undefined) {
    findings.push(
      error(
        source.path,
        at('part'),
        'part-without-series',
        `part ${String(part)} of no series`,
        `add series: <a key of ${file}>, or remove part`,
      ),
    );
  }
  return findings;
}
