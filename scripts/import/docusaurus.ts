/** Reader for posts from another Docusaurus blog: the fields mostly carry over as they are. */
import type { ReadResult, KeptFields } from './types';
import { dateField, optionalString, reportDropped, stringList } from './fields';

const USED = [
  'title',
  'description',
  'subtitle',
  'slug',
  'date',
  'authors',
  'author',
  'tags',
  'aliases',
  'legacy_id',
  'source_sha256',
  'keywords',
  'image',
  'featured',
  'draft',
  'unlisted',
  'hide_table_of_contents',
] as const;

const BOOLEANS = ['featured', 'draft', 'unlisted', 'hide_table_of_contents'] as const;

export function readDocusaurus(data: Record<string, unknown>, content: string): ReadResult {
  const changes: string[] = [];
  const problems: string[] = [];
  const kept: KeptFields = {};
  for (const key of BOOLEANS) {
    if (typeof data[key] === 'boolean') kept[key] = data[key];
    else if (data[key] !== undefined) problems.push(`field "${key}" should be true or false`);
  }
  const keywords = stringList(data, 'keywords', problems);
  if (keywords.length > 0) kept.keywords = keywords;
  const image = optionalString(data, 'image', problems);
  if (image !== undefined) kept.image = image;
  const legacy = data.legacy_id;
  if (/^import\s.+\sfrom\s/m.test(content) || /^export\s/m.test(content)) {
    problems.push('the story uses MDX import/export lines, which a .md post cannot run: remove them before importing');
  }
  reportDropped(data, USED, changes);
  return {
    draft: {
      shape: 'docusaurus',
      title: optionalString(data, 'title', problems),
      description: optionalString(data, 'description', problems),
      subtitle: optionalString(data, 'subtitle', problems),
      date: dateField(data, 'date', changes, problems),
      slug: optionalString(data, 'slug', problems),
      authors: [...stringList(data, 'authors', problems), ...stringList(data, 'author', problems)],
      tags: stringList(data, 'tags', problems).map((value) => ({ value, kind: 'tag' as const })),
      aliases: stringList(data, 'aliases', problems),
      legacyId: typeof legacy === 'string' || typeof legacy === 'number' ? legacy : undefined,
      kept,
      body: content,
    },
    changes,
    problems,
  };
}
