/**
 * The one Markdown core (scripts/content/markdown.ts, keys.ts, position.ts), and proof that the
 * checks and the importer read Markdown alike through it: where they kept copies, they disagreed.
 */
import { describe, expect, it } from 'vitest';
import {
  FenceTracker,
  TRUNCATE_MARKER,
  closesFence,
  codeRanges,
  fencedBlocks,
  findTruncateMarkers,
  flavourOf,
  hasTruncate,
  insertTruncate,
  markdownToPlainText,
  openingFence,
  parseMarkdown,
  removeTruncate,
  respellTruncate,
} from '../src/content/markdown';
import { closest, findKey, foldKey } from '../src/content/keys';
import { formatLocated, positionAt } from '../src/content/position';
import { scanMarkdown } from '../src/check/markdown';
import { textDamageRule } from '../src/check/rules/text-damage';
import { truncateRule } from '../src/check/rules/truncate';
import { parsePost } from '../src/content/post';
import { resolveDescription, tidyBody } from '../src/import/normalise';

describe('fenced code follows CommonMark', () => {
  it('opens with three or more backticks or tildes, up to three spaces in', () => {
    expect(openingFence('```js title="a"')).toEqual({ char: '`', length: 3, info: 'js title="a"' });
    expect(openingFence('   ~~~~')).toEqual({ char: '~', length: 4, info: '' });
    expect(openingFence('    ```')).toBeUndefined();
    expect(openingFence('``')).toBeUndefined();
    // A backtick fence's info string may not hold a backtick: this is inline code.
    expect(openingFence('```a`b```')).toBeUndefined();
  });

  it('closes only on the same character, at least as long, with nothing after it', () => {
    const fence = openingFence('````')!;
    expect(closesFence('````', fence)).toBe(true);
    expect(closesFence('  `````  ', fence)).toBe(true);
    expect(closesFence('```', fence)).toBe(false);
    expect(closesFence('~~~~', fence)).toBe(false);
    expect(closesFence('````js', fence)).toBe(false);
  });

  it('finds the blocks of a document, an unclosed one running to the end', () => {
    const text = 'a\n```\n```js\nx\n```\nb\n~~~\nopen';
    expect(fencedBlocks(text).map(([start, end]) => text.slice(start, end))).toEqual([
      '```\n```js\nx\n```',
      '~~~\nopen',
    ]);
    expect(codeRanges('a `b` c').map(([start, end]) => 'a `b` c'.slice(start, end))).toEqual(['`b`']);
  });

  it('tracks a document line by line', () => {
    const tracker = new FenceTracker();
    expect(['text', '```', '```js', 'code', '```', 'text'].map((line) => tracker.step(line))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('the checks and the importer agree on where code ends', () => {
  // The ```js line is inside the block: only the bare ``` closes it.
  const body = [
    'Intro paragraph of the story.',
    '',
    '```',
    '```js',
    '[not a link](/nowhere)',
    'didnâ€™t  ',
    'still code',
    '```',
    '',
    'After the code.',
  ].join('\n');

  it('the link scanner sees no link in it', () => {
    expect(scanMarkdown(body).links).toEqual([]);
  });

  it('the text-damage rule leaves damage quoted in it alone', () => {
    expect(textDamageRule({ path: 'blog/x.md', kind: 'post', text: body, issues: [], findings: [] })).toEqual([]);
  });

  it('the importer keeps its trailing spaces out of hard line breaks', () => {
    expect(tidyBody(body).body).toContain('didnâ€™t\nstill code');
  });
});

describe('one remark configuration, with GFM, for checks and importer', () => {
  it('parses GFM tables', () => {
    expect(parseMarkdown('| a |\n| - |\n| b |\n').children.map((node) => node.type)).toEqual(['table']);
  });

  it('the importer does not take a table for the opening paragraph', () => {
    const body =
      '| Year | Role |\n| --- | --- |\n| 2010 | Support |\n\nThe first real paragraph of this story is long enough to describe it.';
    expect(resolveDescription(undefined, undefined, undefined, body).description).toBe(
      'The first real paragraph of this story is long enough to describe it.',
    );
  });

  it('gives the plain text a reader sees, image alt text included', () => {
    expect(markdownToPlainText('With `code`, *em*, ~~gone~~ and ![a logo](/l.svg)<br/>')).toBe(
      'With code, em, gone and a logo',
    );
  });
});

describe('the truncate marker', () => {
  it('has one valid spelling per flavour', () => {
    expect(flavourOf('blog/a.md')).toBe('md');
    expect(flavourOf('blog/a.mdx')).toBe('mdx');
    expect(TRUNCATE_MARKER).toEqual({ md: '<!-- truncate -->', mdx: '{/* truncate */}' });
    expect(hasTruncate('A.\n\n<!--truncate-->\n', 'md')).toBe(true);
    expect(hasTruncate('A.\n\n{/* truncate */}\n', 'md')).toBe(false);
    expect(hasTruncate('A.\n\n{/*truncate*/}\n', 'mdx')).toBe(true);
  });

  it('is found in either spelling, except where code quotes it', () => {
    const body = 'A.\n\n```md\n<!-- truncate -->\n```\n\n`{/* truncate */}`\n\n{/* truncate */}\n';
    expect(findTruncateMarkers(body).map((m) => [m.flavour, positionAt(body, m.index).line])).toEqual([['mdx', 9]]);
  });

  it('is respelled, inserted and removed', () => {
    expect(respellTruncate('A.\n\n{/* truncate */}\n\nB.', 'md')).toEqual({
      body: 'A.\n\n<!-- truncate -->\n\nB.',
      respelled: 1,
    });
    expect(insertTruncate('# T\n\nFirst.\n\nSecond.', 'mdx')).toEqual({
      body: '# T\n\nFirst.\n\n{/* truncate */}\n\nSecond.',
      where: 'paragraph',
    });
    expect(insertTruncate('First.\n\n<!-- truncate -->', 'md')).toEqual({ body: 'First.\n\n<!-- truncate -->' });
    expect(removeTruncate('First.\n\n<!-- truncate -->\n\nSecond.\n')).toBe('First.\n\nSecond.\n');
    expect(removeTruncate('First.\n\n```\n<!-- truncate -->\n```\n')).toBe('First.\n\n```\n<!-- truncate -->\n```\n');
    expect(removeTruncate('First.\n<!-- truncate -->\n\nSecond.\n')).toBe('First.\n\nSecond.\n');
    expect(removeTruncate('First.\n\n{/* truncate */}\n\nSecond.\n')).toBe('First.\n\nSecond.\n');
    // Blank lines away from the marker are the author's, in code above all.
    const code = '```\na\n\n\n\nb\n```\n\n<!-- truncate -->\n\nAfter.\n';
    expect(removeTruncate(code)).toBe('```\na\n\n\n\nb\n```\n\nAfter.\n');
  });

  it('the check names the wrong spelling where it stands', () => {
    const text = '---\ntitle: T\n---\nFirst.\n\n{/* truncate */}\n\nRest.\n';
    const [finding] = truncateRule({
      path: 'blog/a.md',
      kind: 'post',
      text,
      parsed: parsePost('blog/a.md', text),
      issues: [],
      findings: [],
    });
    expect(finding).toMatchObject({ rule: 'missing-truncate', line: 6, column: 1 });
    expect(finding!.suggestion).toBe('write it as <!-- truncate -->');
  });
});

describe('keys', () => {
  it('fold case, accents, spaces, underscores and stray hyphens', () => {
    expect(foldKey('  Café_Au  Lait ')).toBe('cafe-au-lait');
    expect(foldKey('-Project--Management-')).toBe('project-management');
  });

  it('are found by key, label or a squashed spelling', () => {
    const entries = [
      ['pm-tools', 'PM tools'],
      ['customer-service', 'Customer service'],
    ] as const;
    expect(findKey('PM_Tools', entries)).toBe('pm-tools');
    expect(findKey('Customer Service', entries)).toBe('customer-service');
    expect(findKey('pmtools', entries)).toBe('pm-tools');
    expect(findKey('cooking', entries)).toBeUndefined();
  });

  it('suggest the nearest key for a typo', () => {
    expect(closest('enginering', ['career', 'engineering', 'hiring'])).toBe('engineering');
    expect(closest('cooking', ['career', 'engineering', 'hiring'])).toBeUndefined();
  });
});

describe('positions', () => {
  it('format a located item once, keeping paths with spaces and accents whole', () => {
    expect(formatLocated({ file: 'My Drive/Café notes.md', line: 2, column: 17, message: 'invalid YAML' })).toBe(
      'My Drive/Café notes.md:2:17 invalid YAML',
    );
  });
});
