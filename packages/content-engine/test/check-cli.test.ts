/**
 * `sde-content check` (a site's `npm run check`) as a person runs it, the package's bin in a copy
 * of the fixture site: its report, its formats and its exit codes.
 */
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFile, copyFixtureSite, fixture, sdeContent } from './helpers';

/** `sde-content check` in `cwd`, with the exit code as `status`. */
const check = (cwd: string, args: string[] = []) => {
  const { code, stdout, stderr } = sdeContent('check', args, cwd);
  return { status: code, stdout, stderr };
};

describe('npm run check on the fixture site', () => {
  it('exits 0 and says so', () => {
    const site = copyFixtureSite();
    const result = check(site.dir);
    site.dispose();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 errors, 0 warnings in 0 files \(\d+ files checked\)$/m);
  });
});

describe('npm run check with two broken posts', () => {
  const site = copyFixtureSite();
  beforeAll(() => {
    addFile(site.dir, fixture('check/unknown-tag/bad.md'), 'blog/unknown-tag.md');
    addFile(site.dir, fixture('check/mojibake/bad.md'), 'blog/mojibake.md');
  });
  afterAll(() => site.dispose());

  it('prints one line per finding with path:line:column, severity, message, fix and rule, then a summary', () => {
    const result = check(site.dir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'blog/unknown-tag.md:7:16  error  unknown tag "Project Management": not a key of blog/tags.yml; did you mean "project-management"?  (unknown-tag)',
    );
    expect(lines.some((line) => line.startsWith('blog/mojibake.md:10:7  error  "â€™" is damaged text'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^2 errors, 0 warnings in 2 files \(\d+ files checked\)$/);
  });

  it('groups findings by file, with a blank line between files', () => {
    const lines = check(site.dir).stdout.split('\n');
    const mojibake = lines.findIndex((line) => line.startsWith('blog/mojibake.md'));
    expect(lines[mojibake + 1]).toBe('');
    expect(lines[mojibake + 2]).toMatch(/^blog\/unknown-tag\.md:/);
  });

  it('prints GitHub Actions annotations with --format github', () => {
    const result = check(site.dir, ['--format', 'github']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '::error file=blog/unknown-tag.md,line=7,col=16,title=unknown-tag::unknown tag "Project Management": not a key of blog/tags.yml; did you mean "project-management"?',
    );
  });

  it('prints the findings as JSON with --format json', () => {
    const result = check(site.dir, ['--format', 'json']);
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout) as { findings: Record<string, unknown>[] };
    expect(parsed.findings).toContainEqual({
      file: 'blog/unknown-tag.md',
      line: 7,
      column: 16,
      severity: 'error',
      rule: 'unknown-tag',
      message: 'unknown tag "Project Management": not a key of blog/tags.yml',
      suggestion: 'did you mean "project-management"?',
    });
  });

  it('never prints a stack trace for a content problem', () => {
    addFile(site.dir, fixture('check/invalid-utf8/bad.md'), 'blog/invalid-utf8.md');
    addFile(site.dir, fixture('check/frontmatter-language/bad.md'), 'blog/js.md');
    const result = check(site.dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain('blog/invalid-utf8.md:10:8  error  the file is not valid UTF-8');
  });

  it('refuses an unknown format with exit 2', () => {
    const result = check(site.dir, ['--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--format must be one of text, github, json/);
  });
});

describe('warnings alone do not fail the check', () => {
  const site = copyFixtureSite();
  afterAll(() => site.dispose());

  it('warns about a tag no post uses, at its line in tags.yml, and exits 0', () => {
    appendFileSync(
      join(site.dir, 'blog/tags.yml'),
      'mentoring:\n  label: Mentoring\n  permalink: /mentoring\n  description: Helping someone else grow into the job.\n',
    );
    const result = check(site.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^blog\/tags\.yml:\d+:1 {2}warning {2}tag "mentoring" is defined but no post uses it/m,
    );
    expect(result.stdout).toMatch(/0 errors, 1 warning in 1 file/);
  });
});
