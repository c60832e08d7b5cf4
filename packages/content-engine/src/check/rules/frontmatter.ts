/** Rule ids: unknown-field, invalid-date, description-length, invalid-slug, schema. */
import { DOC_FIELDS, fieldsOf } from '../../content/schema';
import { error, type Finding } from '../finding';
import { closest, didYouMean } from '../../content/keys';
import type { SourceFile } from '../source';
import type { CheckContext } from '../context';

const RULE_BY_FIELD: Record<string, string> = {
  date: 'invalid-date',
  description: 'description-length',
  slug: 'invalid-slug',
};

/**
 * Tags and authors lists are the tags and authors rules' business, unless they are not lists; a
 * series named in text is the series rule's (src/check/rules/series-key.ts), with its "did you mean".
 */
function handledElsewhere(source: SourceFile, field: string): boolean {
  const top = field.split('.')[0]!;
  if (source.kind !== 'post') return false;
  const value = source.parsed?.data[top];
  if (top === 'series') return typeof value === 'string';
  if (top !== 'tags' && top !== 'authors') return false;
  return value === undefined || Array.isArray(value);
}

export function frontMatterRule(source: SourceFile, context: Pick<CheckContext, 'schema'>): Finding[] {
  const known = source.kind === 'post' ? fieldsOf(context.schema) : DOC_FIELDS;
  const findings: Finding[] = [];
  for (const issue of source.issues) {
    if (handledElsewhere(source, issue.field)) continue;
    if (issue.unknownKey !== undefined) {
      findings.push(
        error(
          source.path,
          issue.position,
          'unknown-field',
          `unknown frontmatter field "${issue.unknownKey}"`,
          didYouMean(closest(issue.unknownKey, known)) ?? `known fields: ${known.join(', ')}`,
        ),
      );
      continue;
    }
    const rule = RULE_BY_FIELD[issue.field.split('.')[0]!] ?? 'schema';
    const suggestion =
      issue.field === 'tags' || issue.field === 'authors'
        ? `write it as a list: ${issue.field}: [${String(source.parsed?.data[issue.field] ?? '')}]`
        : undefined;
    findings.push(error(source.path, issue.position, rule, issue.message, suggestion));
  }
  return findings;
}
