/** Reader for posts from another Docusaurus blog: the fields mostly carry over as they are. */
import type { ParsedFrontMatter } from '../content/frontmatter';
import type { PostSchema } from '../content/schema';
import { positionAt } from '../content/position';
import { DECIDED_FIELDS, type ReadResult } from './types';
import { SourceFields } from './fields';

/**
 * The fields this reader maps itself: the decided ones, and `author` (a common misspelling).
 * Every other field of the schema is kept as it is; anything else is left out with a note.
 */
const READ = [...DECIDED_FIELDS, 'author'];

const MDX_MODULE_LINE = /^(?:import\s.+\sfrom\s|export\s)/m;

export function readDocusaurus(source: ParsedFrontMatter, schema: PostSchema): ReadResult {
  const fields = new SourceFields(source);
  const content = source.content;
  const kept = fields.kept(schema, READ);
  const legacy = fields.data.legacy_id;
  const moduleLine = MDX_MODULE_LINE.exec(content);
  if (moduleLine) {
    const at = positionAt(content, moduleLine.index);
    fields.problems.push({
      message: 'the story uses MDX import/export lines, which a .md post cannot run',
      suggestion: 'remove them before importing',
      at: { line: source.contentLine + at.line - 1, column: at.column },
    });
  }
  fields.reportDropped(READ);
  return {
    draft: {
      shape: 'docusaurus',
      title: fields.string('title'),
      description: fields.string('description'),
      subtitle: fields.string('subtitle'),
      date: fields.date('date'),
      slug: fields.string('slug'),
      authors: [...fields.list('authors'), ...fields.list('author')],
      tags: fields.list('tags').map((tag) => ({ ...tag, kind: 'tag' as const })),
      series: fields.list('series')[0],
      part: fields.list('part')[0],
      aliases: fields.list('aliases').map((alias) => alias.value),
      legacyId: typeof legacy === 'string' || typeof legacy === 'number' ? legacy : undefined,
      kept,
      body: content,
    },
    changes: fields.changes,
    problems: fields.problems,
  };
}
