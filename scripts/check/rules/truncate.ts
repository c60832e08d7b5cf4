/** Rule id: missing-truncate. Lists and feeds show a post up to its truncate marker. */
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

const MARKDOWN_MARKER = /<!--\s*truncate\s*-->/;
const MDX_MARKER = /\{\/\*\s*truncate\s*\*\/\}/;

export function truncateRule(source: SourceFile): Finding[] {
  if (source.kind !== 'post' || !source.parsed) return [];
  const mdx = source.path.endsWith('.mdx');
  const marker = mdx ? MDX_MARKER : MARKDOWN_MARKER;
  if (marker.test(source.parsed.content)) return [];
  const leadingBlankLines = /^(?:[ \t]*\n)*/.exec(source.parsed.content)![0].split('\n').length - 1;
  return [
    error(
      source.path,
      { line: source.parsed.contentLine + leadingBlankLines, column: 1 },
      'missing-truncate',
      'post has no truncate marker, so lists and feeds would show all of it',
      `add a line ${mdx ? '{/* truncate */}' : '<!-- truncate -->'} after the opening paragraph`,
    ),
  ];
}
