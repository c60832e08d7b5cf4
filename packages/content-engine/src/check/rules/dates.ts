/**
 * Rule ids: update-before-date (an error), scheduled (information).
 * A post's `updated` may not come before its `date`; a post dated after now is scheduled: the site
 * leaves it out until that day, and the check says so without failing.
 */
import { error, info, type Finding } from '../finding';
import { instantOf, isoDay, publicationOf } from '../../content/schedule';
import type { SourceFile } from '../source';
import type { CheckContext } from '../context';

export function datesRule(source: SourceFile, context: Pick<CheckContext, 'now'>): Finding[] {
  const post = source.post;
  const parsed = source.parsed;
  if (source.kind !== 'post' || !post || !parsed) return [];
  const at = (field: string) => parsed.positions[field] ?? { line: 1, column: 1 };
  const findings: Finding[] = [];
  const published = publicationOf(post);
  const updated = post.updated === undefined ? undefined : instantOf(post.updated);
  if (published && updated && updated.getTime() < published.getTime()) {
    findings.push(
      error(
        source.path,
        at('updated'),
        'update-before-date',
        `updated ${post.updated} comes before the publication date ${post.date}`,
        `an update is on or after ${post.date}: correct the date, or leave updated out`,
      ),
    );
  }
  if (!post.draft && published && published.getTime() > context.now.getTime()) {
    findings.push(
      info(
        source.path,
        at('date'),
        'scheduled',
        `scheduled for ${post.date.length > 10 ? post.date : isoDay(published)}: the site publishes it on that day`,
      ),
    );
  }
  return findings;
}
