/**
 * Reader for plain text pasted from an email or a document: the first line is the title,
 * paragraphs are separated by blank lines, and a last line `Tags: a, b` (maybe empty) lists tags.
 */
import type { Problem, ReadResult } from './types';
import { parseJekyllFileName } from './jekyll';

const TAGS_LINE = /^tags:(.*)$/i;

export function readText(path: string, content: string): ReadResult {
  const changes: string[] = [];
  const problems: Problem[] = [];
  const lines = content.split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();

  const heading = lines.shift()?.trim() ?? '';
  // A title written as a Markdown heading is still the title.
  const title = heading.replace(/^#+\s*/, '').trim();
  if (title !== heading) changes.push('read the title from a Markdown heading');

  let tags: string[] = [];
  const tagsLine = TAGS_LINE.exec(lines.at(-1)?.trim() ?? '');
  // The Tags: line is the last non-blank line of the file.
  const tagsAt = tagsLine ? { line: content.replace(/\s+$/, '').split('\n').length, column: 1 } : undefined;
  if (tagsLine) {
    lines.pop();
    tags = tagsLine[1]!
      .split(/[,;]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
    changes.push(tags.length > 0 ? `read tags ${tags.join(', ')} from the Tags: line` : 'removed the empty Tags: line');
  }

  const paragraphs = lines
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
  let escaped = 0;
  // Plain text is not HTML: a "<" would start a tag in Markdown, so it is written as an entity.
  const body = paragraphs
    .map((paragraph) =>
      paragraph.replace(/</g, () => {
        escaped++;
        return '&lt;';
      }),
    )
    .join('\n\n');
  if (escaped > 0) changes.push(`escaped ${escaped} "<" as &lt; so it shows as text`);
  if (paragraphs.length === 0) problems.push({ message: 'the text has a title line but no story under it' });

  const fromName = parseJekyllFileName(path);
  if (fromName) changes.push(`date ${fromName.date} from the file name`);
  return {
    draft: {
      shape: 'text',
      title: title === '' ? undefined : title,
      date: fromName?.date,
      authors: [],
      tags: tags.map((value) => ({ value, kind: 'tag' as const, at: tagsAt })),
      aliases: [],
      kept: {},
      body: `\n${body}`,
    },
    changes,
    problems,
  };
}
