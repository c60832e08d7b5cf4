/**
 * npm run ci:mtimes (scripts/ci/mtimes.ts): after a checkout, each tracked file carries the time of
 * the last commit that changed it, so two checkouts of the same commit look alike to a build cache,
 * and a file changed since looks newer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastChanges, restoreMtimes } from '../../scripts/ci/mtimes';

const temp = mkdtempSync(join(tmpdir(), 'sde-mtimes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function commitAt(dir: string, date: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  for (const args of [
    ['add', '-A'],
    ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', date],
  ]) {
    expect(spawnSync('git', args, { cwd: dir, env }).status).toBe(0);
  }
}

const mtime = (dir: string, path: string) => Math.round(statSync(join(dir, path)).mtimeMs / 1000);
const seconds = (date: string) => Date.parse(date) / 1000;

describe('commit times as modification times', () => {
  it('reads the newest change of each path from git log', () => {
    const log = ['', '300\n\nblog/a.md\n', '200\n\nblog/a.md\nblog/b ü.md\n'].join('\0');
    expect(lastChanges(log)).toEqual(
      new Map([
        ['blog/a.md', 300],
        ['blog/b ü.md', 200],
      ]),
    );
  });

  it('sets each tracked file to its last commit, and leaves files changed since alone', () => {
    const dir = join(temp, 'repo');
    mkdirSync(dir);
    expect(spawnSync('git', ['init', '-q'], { cwd: dir }).status).toBe(0);
    commitAt(dir, '2024-01-02T03:04:05Z', { 'blog/a.md': 'a', 'blog/b ü.md': 'b', 'site.yml': 's' });
    commitAt(dir, '2025-06-07T08:09:10Z', { 'blog/a.md': 'a, revised' });
    writeFileSync(join(dir, 'site.yml'), 's, edited');
    const before = mtime(dir, 'site.yml');

    expect(restoreMtimes(dir)).toEqual({ set: 2, left: 1 });
    expect(mtime(dir, 'blog/a.md')).toBe(seconds('2025-06-07T08:09:10Z'));
    expect(mtime(dir, 'blog/b ü.md')).toBe(seconds('2024-01-02T03:04:05Z'));
    expect(mtime(dir, 'site.yml')).toBe(before);
  });

  it('refuses a folder that is not a Git worktree', () => {
    const plain = join(temp, 'plain');
    mkdirSync(plain);
    expect(() => restoreMtimes(plain)).toThrow(/git/);
  });
});
