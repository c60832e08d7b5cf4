/**
 * The site builds from a release tarball: `git archive` output, which has no `.git`, built with
 * `npm run build`. Docs then carry no last-updated line, and the build says why once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { NO_GIT_WARNING } from '../../src/config/vcs';
import { docRoute, loadSite } from '@sde/content-engine';

/**
 * The working tree as Git would ship it: every file that is not ignored, committed or not, written
 * as a tree object through a throwaway index (the real index is left alone).
 */
function workingTree(scratch: string): string {
  const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', env });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  };
  git('add', '-A');
  return git('write-tree');
}

describe('a tree without .git (git archive output)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sde-tarball-'));
  const dir = join(scratch, 'site');
  let output = '';
  let status: number | null = null;

  beforeAll(() => {
    const tree = workingTree(scratch);
    const archive = spawnSync('git', ['archive', '--format=tar', `--prefix=site/`, tree], {
      cwd: ROOT,
      maxBuffer: 1 << 28,
    });
    expect(archive.status, archive.stderr?.toString()).toBe(0);
    const untar = spawnSync('tar', ['-x', '-C', scratch], { input: archive.stdout });
    expect(untar.status, untar.stderr?.toString()).toBe(0);
    expect(existsSync(join(dir, '.git'))).toBe(false);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const build = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', timeout: 280_000 });
    status = build.status;
    output = `${build.stdout}\n${build.stderr}`;
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds with npm run build', () => {
    expect(status, output).toBe(0);
    expect(existsSync(join(dir, 'build', 'index.html'))).toBe(true);
  });

  it('prints one warning saying docs have no last-updated line', () => {
    expect(output.split('\n').filter((line) => line.includes(NO_GIT_WARNING))).toHaveLength(1);
    expect(output).not.toMatch(/outside any Git worktree/);
  });

  it('builds docs pages without a last-updated line', () => {
    const site = loadSite(dir);
    const guide = docRoute(site, `${site.docs.path}/authoring/index.mdx`);
    const page = readFileSync(join(dir, 'build', `${guide}.html`), 'utf8');
    expect(page).toContain('<article');
    expect(page).not.toMatch(/theme-last-updated|Last updated/);
  });
});
