/**
 * Rule id: unclosed-block. A construct still open at the end of the file swallows everything after
 * its opening line: the rest of the story renders as code, vanishes into an HTML comment, or sits
 * inside a `:::note` box. Found the one general way (../../content/render.ts: what would hold a
 * paragraph put after the body), reported where the construct opens, with how to close it.
 *
 * Parsing every body as the site renders it would cost the checks seconds at 10,000 posts, so a
 * gate lets through only bodies with a line that could open a block that spans blank lines: a
 * line starting (after indentation, `>` and list markers) with three backticks, tildes or colons
 * (a fence, a `:::` box) or with `<`, other than a whole HTML comment on one line (the truncate
 * marker). MDX files always go through.
 * A test pins that the gate never hides a finding.
 */
import { flavourOf, openingFence } from '../../content/markdown';
import { openAtEnd, type OpenConstruct } from '../../content/render';
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

const MAY_OPEN = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(?:`{3}|~{3}|:{3}|<(?!!--.*-->[ \t]*$))/m;

/** False only for bodies where no block can stay open: no line could open one. */
export const mayHoldOpenBlock = (body: string): boolean => MAY_OPEN.test(body);

export function unclosedBlockRule(source: SourceFile): Finding[] {
  if (!source.parsed) return [];
  const { content, contentLine } = source.parsed;
  const flavour = flavourOf(source.path);
  if (flavour === 'md' && !mayHoldOpenBlock(content)) return [];
  const lines = content.split('\n');
  return openAtEnd(content, flavour).map((open) => {
    const { message, fix } = describe(open, lines[open.start.line - 1] ?? '');
    const at = { line: contentLine + open.start.line - 1, column: open.start.column };
    return error(source.path, at, 'unclosed-block', message, fix);
  });
}

const rest = (open: OpenConstruct) =>
  open.lines > 1 ? `the ${open.lines - 1} line${open.lines === 2 ? '' : 's'} after it` : 'nothing after it yet';

/** What the reader sees instead of the story, and how to close the construct. */
function describe(open: OpenConstruct, line: string): { message: string; fix: string } {
  const { node } = open;
  if (node.type === 'code') {
    const fence = openingFence(line.replace(/^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*/, ''));
    const marker = fence ? fence.char.repeat(fence.length) : '```';
    return {
      message: `this code block is never closed: ${rest(open)} render as code, to the end of the file`,
      fix: `add a line ${marker} where the code ends`,
    };
  }
  if (node.type === 'html') {
    if (node.value.startsWith('<!--')) {
      return {
        message: `this HTML comment is never closed: ${rest(open)} are hidden from readers`,
        fix: 'end the comment with --> where it should stop',
      };
    }
    const tag = /^<\/?([A-Za-z][\w-]*)/.exec(node.value)?.[1]?.toLowerCase();
    return {
      message: `this ${tag ? `<${tag}>` : 'HTML'} block is never closed: ${rest(open)} render as raw HTML, not Markdown`,
      fix: tag ? `close it with </${tag}> where it ends` : 'close the HTML block where it ends',
    };
  }
  if (node.type === 'containerDirective') {
    return {
      message: `this :::${node.name} box is never closed: ${rest(open)} render inside the box`,
      fix: 'add a line ::: where the box ends',
    };
  }
  return {
    message: `this ${node.type} is never closed: ${rest(open)} render inside it`,
    fix: 'close it where it should end',
  };
}
