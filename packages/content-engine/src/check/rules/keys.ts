/**
 * Rule ids: unknown-tag, unknown-author, missing-tag, missing-author, unused-tag.
 * Tags and authors work alike: each must be a key of its yml file, with a "did you mean".
 */
import { error, warning, type Finding } from '../finding';
import { closest, didYouMean } from '../../content/keys';
import type { SourceFile } from '../source';
import type { DataFile } from '../data-files';
import type { CheckContext } from '../context';

interface KeyList {
  field: 'tags' | 'authors';
  noun: string;
}

const TAGS: KeyList = { field: 'tags', noun: 'tag' };
const AUTHORS: KeyList = { field: 'authors', noun: 'author' };

function keyRule(list: KeyList, source: SourceFile, known: DataFile<Record<string, unknown>>): Finding[] {
  if (source.kind !== 'post' || !source.parsed) return [];
  const parsed = source.parsed;
  const value = parsed.data[list.field];
  // Positions cost a second parse: work them out only for a finding.
  const position = () => parsed.positions[list.field] ?? { line: 1, column: 1 };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    return [
      error(
        source.path,
        position(),
        `missing-${list.noun}`,
        `post has no ${list.noun}: every post needs at least one key from ${known.file}`,
        `add ${list.field}: [${Object.keys(known.value).slice(0, 2).join(', ')}]`,
      ),
    ];
  }
  if (!Array.isArray(value)) return []; // A wrong type is the frontmatter rule's finding.
  const findings: Finding[] = [];
  value.forEach((item: unknown, index) => {
    const key = String(item);
    if (Object.hasOwn(known.value, key)) return;
    findings.push(
      error(
        source.path,
        parsed.positions[`${list.field}.${index}`] ?? position(),
        `unknown-${list.noun}`,
        `unknown ${list.noun} "${key}": not a key of ${known.file}`,
        didYouMean(closest(key, Object.keys(known.value))) ?? `add "${key}" to ${known.file}`,
      ),
    );
  });
  return findings;
}

export const tagsRule = (source: SourceFile, context: Pick<CheckContext, 'tags'>) =>
  keyRule(TAGS, source, context.tags);
export const authorsRule = (source: SourceFile, context: Pick<CheckContext, 'authors'>) =>
  keyRule(AUTHORS, source, context.authors);

/** Tags defined in tags.yml that no post uses: a warning, at the tag's line. */
export function unusedTagsRule(sources: SourceFile[], tags: DataFile<Record<string, unknown>>): Finding[] {
  const used = new Set<string>();
  for (const source of sources) {
    const value = source.kind === 'post' ? source.parsed?.data.tags : undefined;
    if (Array.isArray(value)) for (const tag of value) used.add(String(tag));
  }
  return Object.keys(tags.value)
    .filter((key) => !used.has(key))
    .map((key) =>
      warning(
        tags.file,
        tags.keyPositions[key] ?? { line: 1, column: 1 },
        'unused-tag',
        `tag "${key}" is defined but no post uses it`,
        'use it in a post or remove it',
      ),
    );
}
