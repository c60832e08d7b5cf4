import { describe, expect, it, afterAll } from 'vitest';
import { checkSite } from '../src/check/check';
import type { Finding } from '../src/check/finding';
import { addFile, copyFixtureSite, fixture } from './helpers';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../src';

/** Each rule's bad fixture: the finding it must produce, where, and the fix it must suggest. */
const CASES: { rule: string; line: number; column: number; suggestion?: RegExp; message?: RegExp }[] = [
  { rule: 'frontmatter-syntax', line: 7, column: 22, message: /invalid YAML/ },
  { rule: 'frontmatter-language', line: 1, column: 4, message: /"js" is not allowed/ },
  { rule: 'schema', line: 1, column: 1, message: /missing required field "title"/ },
  { rule: 'invalid-date', line: 5, column: 7, message: /2026-02-30 does not exist/ },
  { rule: 'description-length', line: 3, column: 14, message: /10 characters; a search snippet wants 40 to 160/ },
  { rule: 'invalid-slug', line: 4, column: 7, message: /kebab-case/ },
  { rule: 'unknown-field', line: 8, column: 1, suggestion: /did you mean "tags"\?/ },
  { rule: 'unknown-tag', line: 7, column: 16, suggestion: /did you mean "project-management"\?/ },
  { rule: 'unknown-author', line: 6, column: 11, suggestion: /did you mean "jelena-barinova"\?/ },
  { rule: 'missing-author', line: 6, column: 1, message: /no author/ },
  { rule: 'missing-truncate', line: 10, column: 1, suggestion: /<!-- truncate -->/ },
  { rule: 'mojibake', line: 10, column: 7, suggestion: /replace with "’": I didn’t expect the call\./ },
  { rule: 'replacement-character', line: 10, column: 8 },
  { rule: 'byte-order-mark', line: 1, column: 1, suggestion: /without BOM/ },
  { rule: 'invalid-utf8', line: 10, column: 8, message: /not valid UTF-8/ },
  { rule: 'unsafe-html', line: 14, column: 1, message: /<script>/ },
  { rule: 'unsafe-link', line: 14, column: 3, message: /javascript:/ },
  { rule: 'broken-link', line: 14, column: 6, suggestion: /did you mean "\/blog\/biggest-achievement"\?/ },
  { rule: 'broken-anchor', line: 14, column: 5, suggestion: /did you mean "biggest-challenges"\?/ },
  { rule: 'image-alt', line: 14, column: 1 },
];

/** The fixture site: the seed stories (biggest-achievement.md among them), their tags and authors. */
const site = copyFixtureSite();
afterAll(() => site.dispose());

function findingsFor(fixtureDir: string, which: 'bad' | 'good'): Finding[] {
  const target = `blog/${fixtureDir}.md`;
  addFile(site.dir, fixture('check', fixtureDir, `${which}.md`), target);
  try {
    return checkSite(loadSite(site.dir)).findings.filter((f) => f.file === target);
  } finally {
    rmSync(join(site.dir, target));
  }
}

describe('each rule reports its bad fixture at the exact place', () => {
  it.each(CASES)('$rule', ({ rule, line, column, suggestion, message }) => {
    const findings = findingsFor(rule, 'bad');
    const finding = findings.find((f) => f.rule === rule);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding).toMatchObject({ line, column, severity: 'error' });
    if (suggestion) expect(finding!.suggestion).toMatch(suggestion);
    if (message) expect(finding!.message).toMatch(message);
  });
});

describe('each rule accepts the good twin of its fixture', () => {
  it.each([...CASES.map((c) => c.rule), 'duplicate-slug', 'broken-relative-link'])('%s', (rule) => {
    expect(findingsFor(rule, 'good')).toEqual([]);
  });
});

describe('site-wide rules', () => {
  it('names both files of a duplicate slug', () => {
    addFile(site.dir, fixture('check/duplicate-slug/bad.md'), 'blog/duplicate-slug.md');
    try {
      const duplicates = checkSite(loadSite(site.dir)).findings.filter((f) => f.rule === 'duplicate-slug');
      expect(duplicates.map((f) => f.file).sort()).toEqual(['blog/biggest-achievement.md', 'blog/duplicate-slug.md']);
      expect(duplicates.find((f) => f.file === 'blog/duplicate-slug.md')!.message).toMatch(
        /also used by blog\/biggest-achievement\.md/,
      );
    } finally {
      rmSync(join(site.dir, 'blog/duplicate-slug.md'));
    }
  });

  it('reports a relative link to a missing file with a suggestion', () => {
    const findings = findingsFor('broken-relative-link', 'bad');
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'broken-link',
        line: 14,
        column: 6,
        suggestion: 'did you mean "blog/biggest-achievement.md"?',
      }),
    ]);
  });

  it('reports every finding of a file, not just the first', () => {
    const findings = findingsFor('unknown-tag', 'bad');
    addFile(site.dir, fixture('check/mojibake/bad.md'), 'blog/second.md');
    try {
      const all = checkSite(loadSite(site.dir)).findings;
      expect(all.filter((f) => f.file === 'blog/second.md').map((f) => f.rule)).toContain('mojibake');
      expect(findings.map((f) => f.rule)).toEqual(['unknown-tag']);
    } finally {
      rmSync(join(site.dir, 'blog/second.md'));
    }
  });

  it('leaves damaged characters quoted in code alone, and reports them in prose', () => {
    const post = readFileSync(fixture('check/mojibake/good.md'), 'utf8').replace(
      'The rest.',
      'Quoted: `didnâ€™t` and\n\n```\nâ€™\n```\n\nbut not didnâ€™t here.',
    );
    writeFileSync(join(site.dir, 'blog/quoted.md'), post);
    try {
      const findings = checkSite(loadSite(site.dir)).findings.filter((f) => f.file === 'blog/quoted.md');
      expect(findings.map((f) => [f.rule, f.line])).toEqual([['mojibake', 20]]);
    } finally {
      rmSync(join(site.dir, 'blog/quoted.md'));
    }
  });

  it('finds nothing wrong with the fixture site as it is', () => {
    expect(checkSite(loadSite(site.dir)).findings).toEqual([]);
  });
});
