/**
 * Every hostile input through the checks: the library core for each one (a clear error finding
 * at a real line, nothing thrown, time and heap bounded, the real posts still clean), then the
 * real `npm run check` command once over all of them together.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from '@sde/content-engine/check';
import { fingerprint } from '../helpers/fingerprint';
import { copySite } from '../helpers/site';
import { CORPUS } from './corpus';
import { CASE_HEAP_LIMIT_MB, CASE_TIME_LIMIT_MS, STACK_TRACE, measure, record } from './measure';
import { blogOnlySite, placeCase, placeSpecials, removeSpecials, runSdeContent } from './site';
import { loadSite } from '@sde/content-engine';

const site = blogOnlySite();
const realPosts = fingerprint(join(site.dir, 'blog'));
afterAll(() => {
  // Checking reads; it never writes, so the copy's own posts are exactly as they were.
  expect(fingerprint(join(site.dir, 'blog'))).toEqual(realPosts);
  site.dispose();
});

describe.each(CORPUS)('check: $name', (c) => {
  it(c.check === 'accepted' ? 'is accepted' : `is refused with ${c.check}`, () => {
    const path = placeCase(site.dir, c);
    try {
      const { value, ms, heapMB } = measure(() => checkSite(loadSite(site.dir)));
      const mine = value.findings.filter((f) => f.file === path);
      const errors = mine.filter((f) => f.severity === 'error');
      record(c.name, 'check', errors.length > 0, ms);

      if (c.check === 'accepted') expect(errors).toEqual([]);
      else expect(errors.map((f) => f.rule)).toContain(c.check);
      for (const f of mine) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(f.message).not.toMatch(STACK_TRACE);
      }
      // One bad post must not make the others look bad.
      expect(value.findings.filter((f) => f.file !== path && f.severity === 'error')).toEqual([]);
      expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS);
      expect(heapMB).toBeLessThan(CASE_HEAP_LIMIT_MB);
    } finally {
      rmSync(join(site.dir, path));
    }
  });
});

describe('check: inputs that are not plain files', () => {
  it('a folder named like a post is skipped, and a symlink out of the site is refused', () => {
    const placed = placeSpecials(site.dir);
    try {
      const { value, ms } = measure(() => checkSite(loadSite(site.dir)));
      expect(value.findings.filter((f) => f.file.startsWith(placed.folder))).toEqual([]);
      record('directory-named-like-a-post', 'check', false, ms);
      const linked = value.findings.filter((f) => f.file === placed.symlink);
      expect(linked).toMatchObject([{ severity: 'error', rule: 'unreadable-file', line: 1, column: 1 }]);
      expect(linked[0]!.message).toMatch(/symbolic link to a file outside the site/);
      record('symlink-to-outside', 'check', true, ms);
    } finally {
      removeSpecials(site.dir, placed);
    }
  });
});

describe('npm run check, the real command, over the whole corpus at once', () => {
  it('exits 1 and names every refused file with its line, with no stack trace and no raw control characters', () => {
    const copy = copySite({ posts: 'seeds' });
    try {
      for (const c of CORPUS) placeCase(copy.dir, c);
      const placed = placeSpecials(copy.dir);
      const start = performance.now();
      const result = runSdeContent(copy.dir, 'check', [], 120_000);
      record('npm run check over the corpus', 'check CLI', result.status === 1, performance.now() - start, true);
      const output = result.stdout + result.stderr;
      expect(result.status, output).toBe(1);
      expect(output).not.toMatch(STACK_TRACE);
      // eslint-disable-next-line no-control-regex
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      for (const c of CORPUS.filter((c) => c.check !== 'accepted')) {
        expect(output).toMatch(new RegExp(`^blog/${c.name}\\.md:\\d+:\\d+  error  .*\\(${c.check}\\)$`, 'm'));
      }
      for (const c of CORPUS.filter((c) => c.check === 'accepted')) {
        expect(output).not.toMatch(new RegExp(`^blog/${c.name}\\.md:\\d+:\\d+  error`, 'm'));
      }
      expect(output).toMatch(/^blog\/symlink-to-outside\.md:1:1 {2}error {2}.*\(unreadable-file\)$/m);
      expect(output).not.toContain('directory-named-like-a-post');
      // The forged line in the terminal-escape fixture's tag stays inside its own finding.
      expect(output).not.toMatch(/^blog\/fake\.md/m);
      removeSpecials(copy.dir, placed);
    } finally {
      copy.dispose();
    }
  });
});
