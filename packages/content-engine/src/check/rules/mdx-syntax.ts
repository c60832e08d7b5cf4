/**
 * Rule id: mdx-syntax. An `.mdx` body that MDX cannot parse fails the build with a stack trace
 * and no line of the file; here it is a finding at its place. Most are something left open: a
 * `{` without its `}`, a `<Component>` without its closing tag, an HTML comment (MDX has none).
 */
import { flavourOf } from '../../content/markdown';
import { renderedTree } from '../../content/render';
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

export function mdxSyntaxRule(source: SourceFile): Finding[] {
  if (!source.parsed || flavourOf(source.path) !== 'mdx') return [];
  const { content, contentLine } = source.parsed;
  const rendered = renderedTree(content, 'mdx');
  if (rendered.ok) return [];
  const { line, reason } = rendered.problem;
  const column = /closing brace/.test(reason)
    ? openBrace(content.split('\n')[line - 1] ?? '', rendered.problem.column)
    : rendered.problem.column;
  // The truncate rule already says how to write the marker in MDX.
  if (/<!--\s*truncate\s*-->/.test(content.split('\n')[line - 1] ?? '')) return [];
  return [
    error(
      source.path,
      { line: contentLine + line - 1, column },
      'mdx-syntax',
      `MDX cannot read this, so the page does not build: ${reason.replace(/\.$/, '')}`,
      fixFor(reason),
    ),
  ];
}

function fixFor(reason: string): string {
  if (/closing brace|expression/i.test(reason)) return 'close the { with }, or write \\{ for a brace that is text';
  if (/closing tag|end tag/i.test(reason)) return 'close the element (</Name>, or <Name /> when it is empty)';
  if (/comment/i.test(reason)) return 'write comments in MDX as {/* … */}';
  return 'write < and { that are text as \\< and \\{, and close every element and expression';
}

/** The column of the `{` left open on `line` before `column`, or `column` when there is none. */
function openBrace(line: string, column: number): number {
  const open: number[] = [];
  for (let i = 0; i < Math.min(line.length, column - 1); i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '{') open.push(i + 1);
    else if (line[i] === '}') open.pop();
  }
  return open[0] ?? column;
}
