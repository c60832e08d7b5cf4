/**
 * The checks of what the reader will see (rules unclosed-block, mdx-syntax, link-as-text,
 * dead-link): each kind of rendering mistake has a bad fixture and its good twin under
 * fixtures/check/<kind>/, put into a copy of the fixture site as a post and checked with the
 * whole site. The bad one gives its finding at the exact place with a fix; the good one gives none.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { checkSite } from '../src/check/check';
import type { Finding } from '../src/check/finding';
import { sourceFromText } from '../src/check/source';
import { unclosedBlockRule, mayHoldOpenBlock } from '../src/check/rules/unclosed-block';
import { openAtEnd } from '../src/content/render';
import { addFile, copyFixtureSite, fixture } from './helpers';
import { loadSite } from '../src';

interface Case {
  kind: string;
  rule: string;
  line: number;
  column: number;
  message: RegExp;
  fix: RegExp;
}

/** Line 14 is each fixture's first line after the truncate marker. */
const CASES: Case[] = [
  { kind: 'unclosed-fence', rule: 'unclosed-block', line: 16, column: 1, message: /code block .*5 lines/, fix: /```/ },
  { kind: 'fence-too-short', rule: 'unclosed-block', line: 16, column: 1, message: /code block/, fix: /````/ },
  { kind: 'unclosed-comment', rule: 'unclosed-block', line: 16, column: 1, message: /comment .*hidden/, fix: /-->/ },
  { kind: 'unclosed-html-block', rule: 'unclosed-block', line: 16, column: 1, message: /<pre>/, fix: /<\/pre>/ },
  { kind: 'unclosed-admonition', rule: 'unclosed-block', line: 14, column: 1, message: /:::note box/, fix: /:::/ },
  { kind: 'unclosed-expression', rule: 'mdx-syntax', line: 14, column: 15, message: /closing brace/, fix: /\}/ },
  { kind: 'unclosed-jsx', rule: 'mdx-syntax', line: 14, column: 1, message: /closing tag.*details/, fix: /<\/Name>/ },
  { kind: 'undefined-reference', rule: 'link-as-text', line: 14, column: 6, message: /\[guide\]/, fix: /\[guide\]: / },
  { kind: 'reference-typo', rule: 'link-as-text', line: 14, column: 6, message: /authorng/, fix: /"authoring"/ },
  { kind: 'url-with-space', rule: 'link-as-text', line: 14, column: 16, message: /renders as text/, fix: /%20/ },
  {
    kind: 'space-before-url',
    rule: 'link-as-text',
    line: 14,
    column: 16,
    message: /space between/,
    fix: /\[text\]\(url\)/,
  },
  {
    kind: 'undefined-footnote',
    rule: 'link-as-text',
    line: 14,
    column: 16,
    message: /\[\^year\]/,
    fix: /\[\^year\]: /,
  },
  { kind: 'empty-link', rule: 'dead-link', line: 14, column: 6, message: /no URL/, fix: /URL of the page/ },
  { kind: 'placeholder-link', rule: 'dead-link', line: 14, column: 6, message: /placeholder/, fix: /URL of the page/ },
  { kind: 'local-link', rule: 'dead-link', line: 14, column: 6, message: /only the author/, fix: /URL of the page/ },
  {
    kind: 'schemeless-link',
    rule: 'dead-link',
    line: 14,
    column: 6,
    message: /no https:\/\//,
    fix: /https:\/\/www\.example\.org\/project/,
  },
  { kind: 'html-empty-href', rule: 'dead-link', line: 14, column: 6, message: /# alone/, fix: /URL of the page/ },
];

const KINDS = CASES.map((c) => c.kind);
const extension = (kind: string) => (existsSync(fixture('check', kind, 'bad.mdx')) ? 'mdx' : 'md');

/** Every kind's fixture of one side, each as blog/<kind>.md(x), from one run of the checks. */
function fixtureFindings(which: 'bad' | 'good'): Map<string, Finding[]> {
  const copy = copyFixtureSite();
  try {
    for (const kind of KINDS) {
      const ext = extension(kind);
      addFile(copy.dir, fixture('check', kind, `${which}.${ext}`), `blog/${kind}.${ext}`);
    }
    const byKind = new Map<string, Finding[]>(KINDS.map((kind) => [kind, []]));
    for (const finding of checkSite(loadSite(copy.dir)).findings)
      byKind.get(finding.file.replace(/^blog\/|\.mdx?$/g, ''))?.push(finding);
    return byKind;
  } finally {
    copy.dispose();
  }
}

describe('each kind of rendering mistake is reported at its place, with a fix; its good twin passes', () => {
  const bad = fixtureFindings('bad');
  const good = fixtureFindings('good');

  it.each(CASES)('$kind: $rule at $line:$column', ({ kind, rule, line, column, message, fix }) => {
    const findings = bad.get(kind)!;
    expect(findings.map((f) => `${f.rule}@${f.line}:${f.column}`)).toEqual([`${rule}@${line}:${column}`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.suggestion).toMatch(fix);
  });

  it.each(KINDS)('%s: the good twin has no finding', (kind) => {
    expect(good.get(kind)).toEqual([]);
  });
});

describe('a construct open at the end is found the same way whatever it is', () => {
  const open = (body: string, flavour: 'md' | 'mdx' = 'md') =>
    openAtEnd(body, flavour).map((o) => `${o.node.type}@${o.start.line}`);

  it('finds nested open constructs, outermost first, and nothing in a closed body', () => {
    expect(open(':::tip\n\n```js\nlet a;\n')).toEqual(['containerDirective@1', 'code@3']);
    expect(open('<script>\nlet a;\n\nmore\n')).toEqual(['html@1']);
    expect(open('~~~\ncode\n')).toEqual(['code@1']);
    expect(open('Text.\n\n```js\nok\n```\n\n<!-- done -->\n\n:::note\nx\n:::\n')).toEqual([]);
  });

  it('lets a fence in a list item or a quote end with its container', () => {
    expect(open('- item\n\n  ```js\n  code\n\nAfter.\n')).toEqual([]);
    expect(open('> ```\n> code\n\nAfter.\n')).toEqual([]);
  });

  it('finds nothing when the MDX does not parse: that is the mdx-syntax rule’s', () => {
    expect(open('{oops\n', 'mdx')).toEqual([]);
  });
});

describe('the gate in front of the render parse never hides a finding', () => {
  /** Bodies the gate lets by and bodies it stops, each checked with the gate and without it. */
  const BODIES = [
    'Plain prose.\n\n<!-- truncate -->\n\nMore prose with [a link](/docs).\n',
    '```js\nopen\n',
    '  - ```\n    in a list\n',
    '> ~~~\n> quoted\n',
    '<!-- one line --> and then text\n\n<!-- and open\n',
    ':::note\n\nbox\n',
    '1. <pre>\n   text\n',
    'Prose ``` mid-line is not a fence.\n',
    '`code` at the start of a line, and :: two colons.\n',
    '````\nfour backticks\n',
    'A line with < in it, and : too.\n',
  ];

  it.each(BODIES)('%j', (body) => {
    const text = `---\ntitle: T\n---\n\n${body}`;
    const source = sourceFromText('blog/gated.md', 'post', text);
    const ungated = openAtEnd(source.parsed!.content, 'md');
    if (!mayHoldOpenBlock(source.parsed!.content)) expect(ungated).toEqual([]);
    expect(unclosedBlockRule(source).length).toBe(ungated.length);
  });
});

const site = copyFixtureSite();
afterAll(() => site.dispose());
