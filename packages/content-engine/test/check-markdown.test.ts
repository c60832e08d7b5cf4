import { describe, expect, it } from 'vitest';
import { scanMarkdown, scanSimpleBlock, scanBlockWithParser, type MarkdownFacts } from '../src/check/markdown';

const empty = (): MarkdownFacts => ({ links: [], html: [], bracketText: [], labels: [], anchors: new Set() });

/** Blocks the fast path may take, and blocks it must leave to remark. */
const BLOCKS = [
  'Read [the story](/blog/biggest-achievement) first.',
  'Two [links](/a) on [one](/b#anchor) line,\nand ![a logo](/img/logo.svg) on the next.',
  '- a list with [a link](https://example.org/)\n- and (parentheses) in prose',
  '> quoted [link](/docs/authoring#tags)',
  '| a | b |\n| - | - |\n| [x](/x) | y |',
  'Emphasis *around [a link](/e)* stays a link.',
  'A [link with a title](/t "Title") needs the parser.',
  'A reference [link][ref] needs the parser.',
  'Code `[not a link](/x)` needs the parser.',
  'Escaped \\[not a link](/x) needs the parser.',
  '    [indented code](/x)',
  'HTML <a href="/x">link</a> needs the parser.',
  '[nested [brackets]](/n) need the parser.',
  'An autolink <https://example.org/> needs the parser.',
  'Entity &amp; [link](/amp) needs the parser.',
  'A bare ![](/img/no-alt.png) image.',
];

describe('the fast link scanner agrees with remark', () => {
  it.each(BLOCKS)('%j', (text) => {
    const block = { line: 3, text };
    const fast = empty();
    const taken = scanSimpleBlock(block, 10, fast);
    const parsed = empty();
    scanBlockWithParser(block, 10, parsed);
    if (taken) expect(fast.links).toEqual(parsed.links);
    else expect(fast.links).toEqual([]);
    // What the fast path takes never renders link syntax as text (rules/link-as-text.ts relies on it).
    if (taken) expect(parsed.bracketText).toEqual([]);
  });

  it('takes the common prose blocks and leaves the tricky ones', () => {
    const taken = BLOCKS.map((text) => scanSimpleBlock({ line: 1, text }, 1, empty()));
    expect(taken.slice(0, 6)).toEqual([true, true, true, true, true, true]);
    expect(taken.slice(6, 15)).toEqual(Array(9).fill(false));
  });
});

describe('scanMarkdown', () => {
  it('gives links their line and column in the file', () => {
    const facts = scanMarkdown('Intro.\n\nSee [this](/blog/x) and\n[that](/docs#y).\n', 9);
    expect(facts.links).toEqual([
      { kind: 'link', url: '/blog/x', line: 11, column: 5 },
      { kind: 'link', url: '/docs#y', line: 12, column: 1 },
    ]);
  });

  it('ignores links inside fenced code', () => {
    const facts = scanMarkdown('```md\n[not](/a)\n```\n\n~~~\n[nor](/b)\n~~~\n');
    expect(facts.links).toEqual([]);
  });

  it('derives heading anchors like the site does, with duplicates numbered', () => {
    const facts = scanMarkdown(
      '## Some points\n\n## Some points\n\nTitle\n=====\n\n## Custom {#my-id}\n\n## With `code` *em*\n',
    );
    expect([...facts.anchors]).toEqual(['some-points', 'some-points-1', 'title', 'my-id', 'with-code-em']);
  });

  it('resolves reference links through definitions elsewhere in the file', () => {
    const facts = scanMarkdown('Read [the story][s].\n\n[s]: /blog/story\n');
    expect(facts.links.map((l) => [l.kind, l.url, l.line])).toEqual([
      ['link', '/blog/story', 1],
      ['definition', '/blog/story', 3],
    ]);
  });

  it('records raw HTML with its position', () => {
    const facts = scanMarkdown('Text.\n\n<div onclick="x()">hi</div>\n', 5);
    expect(facts.html).toEqual([{ value: '<div onclick="x()">hi</div>', line: 7, column: 1 }]);
  });
});
