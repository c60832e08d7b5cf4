import { describe, expect, it, afterAll } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from '../src/check/check';
import type { Finding } from '../src/check/finding';
import { readSource } from '../src/check/source';
import { lintAccessibility } from '../src/check/a11y/engine';
import { ACCESSIBILITY_RULES } from '../src/check/a11y';
import { addFile, copyFixtureSite, fixture, FIXTURE_SITE } from './helpers';
import { loadSite } from '../src';

/** Each accessibility rule's bad fixture: the finding it must produce, where, and its fix. */
const CASES: { dir: string; rule: string; severity: 'error' | 'warning'; line: number; column: number; fix: RegExp }[] =
  [
    { dir: 'single-h1', rule: 'single-h1', severity: 'error', line: 14, column: 1, fix: /## heading/ },
    {
      dir: 'heading-increment',
      rule: 'heading-increment',
      severity: 'error',
      line: 18,
      column: 1,
      fix: /make it ### \(h3\)/,
    },
    { dir: 'image-alt', rule: 'image-alt', severity: 'error', line: 14, column: 1, fix: /!\[what it shows\]/ },
    { dir: 'image-alt-html', rule: 'image-alt', severity: 'error', line: 14, column: 1, fix: /alt=""/ },
    { dir: 'link-text', rule: 'link-text', severity: 'warning', line: 14, column: 16, fix: /\[the authoring guide\]/ },
    { dir: 'link-text', rule: 'link-text', severity: 'warning', line: 14, column: 48, fix: /example\.org/ },
    { dir: 'table-header', rule: 'table-header', severity: 'error', line: 14, column: 1, fix: /column names/ },
    { dir: 'image-size', rule: 'image-size', severity: 'warning', line: 14, column: 1, fix: /static\/img/ },
  ];

const site = copyFixtureSite();
afterAll(() => site.dispose());

const DIRS = [...new Set(CASES.map((c) => c.dir))];

/** The findings for every fixture of one kind, each put in as blog/<dir>.md, from one run of the checks. */
function fixtureFindings(which: 'bad' | 'good'): Map<string, Finding[]> {
  const copy = copyFixtureSite();
  try {
    for (const dir of DIRS) addFile(copy.dir, fixture('check', dir, `${which}.md`), `blog/${dir}.md`);
    const byDir = new Map<string, Finding[]>(DIRS.map((dir) => [dir, []]));
    for (const finding of checkSite(loadSite(copy.dir)).findings)
      byDir.get(finding.file.replace(/^blog\/|\.md$/g, ''))?.push(finding);
    return byDir;
  } finally {
    copy.dispose();
  }
}

/** The accessibility findings for a post or doc with `body` under a valid frontmatter. */
function lintBody(body: string, { kind = 'post', path, gates = true } = {} as LintOptions): Finding[] {
  const file = path ?? (kind === 'post' ? 'blog/sample.md' : 'docs/sample.md');
  const frontMatter = readFileSync(fixture('check/image-alt/good.md'), 'utf8').split('<!-- truncate -->')[0]!;
  writeFileSync(join(site.dir, file), kind === 'post' ? `${frontMatter}<!-- truncate -->\n\n${body}` : body);
  try {
    const source = readSource(site.dir, { path: file, symlink: false }, kind);
    const rules = gates ? ACCESSIBILITY_RULES : ACCESSIBILITY_RULES.map((rule) => ({ ...rule, gate: () => true }));
    return lintAccessibility(source, loadSite(site.dir), rules);
  } finally {
    rmSync(join(site.dir, file));
  }
}
interface LintOptions {
  kind?: 'post' | 'doc';
  path?: string;
  gates?: boolean;
}

describe('each accessibility rule reports its bad fixture at the exact place, with a fix', () => {
  const bad = fixtureFindings('bad');
  const good = fixtureFindings('good');

  it.each(CASES)('$dir: $rule at $line:$column', ({ dir, rule, severity, line, column, fix }) => {
    const findings = bad.get(dir)!;
    const finding = findings.find((f) => f.rule === rule && f.line === line && f.column === column);
    expect(finding, JSON.stringify(findings)).toMatchObject({ severity });
    expect(finding!.suggestion).toMatch(fix);
  });

  it.each(DIRS)('%s: accepts the good twin', (dir) => {
    expect(good.get(dir)).toEqual([]);
  });
});

describe('the rules read Markdown as the site renders it', () => {
  const rules = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.line}`);

  it('accepts alt="" and aria-hidden as decorative, and refuses a missing alt in any HTML', () => {
    expect(rules(lintBody('<img src="/img/logo.svg" alt="" width="64" height="64">\n'))).toEqual([]);
    expect(rules(lintBody('<p>Logo <IMG SRC="/img/logo.svg" width="64" height="64"></p>\n'))).toEqual(['image-alt@14']);
    expect(rules(lintBody('<div>\n\n<img\n  src="/img/logo.svg" width="64" height="64">\n\n</div>\n'))).toEqual([
      'image-alt@16',
    ]);
  });

  it('finds a second h1 in a quote, a list or as a setext heading, and never in code', () => {
    expect(rules(lintBody('> # Quoted title\n'))).toEqual(['single-h1@14']);
    expect(rules(lintBody('Title again\n===========\n'))).toEqual(['single-h1@14']);
    expect(rules(lintBody('```sh\n# a shell comment\n```\n'))).toEqual([]);
    expect(lintBody('# A heading longer than thirty characters #\n')[0]!.message).toContain(
      '"A heading longer than thirty characters"',
    );
  });

  it('lets a doc open with its title as an h1 (after MDX imports), but not add a second', () => {
    const mdx = "---\ntitle: A doc\n---\n\nimport X from '@site/x';\n\n# A doc\n\n## Part\n";
    expect(lintBody(mdx, { kind: 'doc', path: 'docs/sample.mdx' })).toEqual([]);
    expect(rules(lintBody('---\ntitle: A doc\n---\n\nIntro.\n\n# A second title\n', { kind: 'doc' }))).toEqual([
      'single-h1@7',
    ]);
    expect(rules(lintBody('# A doc\n\n### Too deep\n', { kind: 'doc' }))).toEqual(['heading-increment@3']);
  });

  it('finds vague link text however it is cased or marked up, and bare URLs in every form', () => {
    const body =
      '[**Click  Here!**](/a) [this](/b) <https://example.org> www.example.org [ftp://x.org/f](ftp://x.org/f)\n';
    expect(rules(lintBody(body))).toEqual(Array(5).fill('link-text@14'));
    expect(lintBody('Write to <team@example.org> or see [the example site](https://example.org).\n')).toEqual([]);
  });

  it('requires a <th> in an HTML table unless it is marked as layout', () => {
    expect(rules(lintBody('<table><tr><td>a</td></tr></table>\n'))).toEqual(['table-header@14']);
    expect(lintBody('<table><tr><th>Day</th></tr><tr><td>Mon</td></tr></table>\n')).toEqual([]);
    expect(lintBody('<table role="presentation"><tr><td>a</td></tr></table>\n')).toEqual([]);
  });

  it('warns about remote images and images whose size cannot be read', () => {
    writeFileSync(join(site.dir, 'static/img/no-size.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(rules(lintBody('![A chart](https://example.org/chart.png)\n\n![A shape](/img/no-size.svg)\n'))).toEqual([
      'image-size@14',
      'image-size@16',
    ]);
  });

  it('leaves a local <img> without width and height to the picture pipeline, which knows its size', () => {
    expect(lintBody('<img src="/img/logo.svg" alt="The site logo">\n')).toEqual([]);
    expect(rules(lintBody('<img src="https://example.org/logo.png" alt="A logo">\n'))).toEqual(['image-size@14']);
  });
});

describe('the gates only skip files markdownlint would find nothing in', () => {
  const samples = [
    '> # Quoted\n',
    '- ### In a list\n\n## After\n',
    '1. #### Deep\n',
    'Setext\n===\n',
    '[Read   more…](/x)\n',
    '[click\nhere](/x)\n',
    '![](/img/logo.svg)\n',
    '<IMG src="/img/logo.svg">\n',
    '| |\n|-|\n|a|\n',
    'See <http://example.org> and [https://example.org](https://example.org).\n',
    ...readdirSync(fixture('check')).flatMap((dir) =>
      ['bad.md', 'good.md'].map((name) => {
        try {
          return readFileSync(fixture('check', dir, name), 'utf8').split('<!-- truncate -->')[1] ?? '';
        } catch {
          return '';
        }
      }),
    ),
  ];

  it.each(samples.map((body, index) => [index, body]))('sample %i', (_index, body) => {
    expect(lintBody(body as string)).toEqual(lintBody(body as string, { gates: false }));
  });

  it('the fixture site’s posts (the seed stories) and docs pass every accessibility rule, gates or not', () => {
    const fixtureSite = loadSite(FIXTURE_SITE);
    const checked: string[] = [];
    for (const [dir, kind] of [
      [fixtureSite.blog.path, 'post'],
      [fixtureSite.docs.path, 'doc'],
    ] as const) {
      for (const name of readdirSync(join(FIXTURE_SITE, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.mdx?$/.test(name)) continue;
        const path = `${dir}/${name}`;
        const source = readSource(FIXTURE_SITE, { path, symlink: false }, kind);
        const all = ACCESSIBILITY_RULES.map((rule) => ({ ...rule, gate: () => true }));
        expect(lintAccessibility(source, fixtureSite, all), path).toEqual([]);
        checked.push(path);
      }
    }
    expect(checked.filter((path) => path.startsWith(`${fixtureSite.blog.path}/`))).toHaveLength(3);
    expect(checked.filter((path) => path.startsWith(`${fixtureSite.docs.path}/`)).length).toBeGreaterThan(0);
  });
});
