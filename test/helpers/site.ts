/** Temporary copies of the site, so tests can add a bad post without touching the real one. */
import { cpSync, mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { ROOT } from './paths';
import { loadSite, MANIFEST_FILE } from '@sde/content-engine';
import { APP_FILES, contentFolders } from '../../scripts/lib/site-files';

/**
 * A copy of the site's content (and with `app`, everything needed to build it, sharing
 * node_modules). Removed by `dispose`.
 */
export function copySite({ app = false } = {}): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sde-site-'));
  const content = [MANIFEST_FILE, ...contentFolders(loadSite(ROOT))];
  for (const entry of new Set(app ? [...content, ...APP_FILES] : content)) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (app) {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    // Docs show last-updated dates from git, so the copy needs a history of its own.
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'copy');
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Put a fixture file into the copy at `target` (relative to the copy's root). */
export function addFile(dir: string, fixturePath: string, target: string): void {
  copyFileSync(fixturePath, join(dir, target));
}

/** Run a project script the way a user does, in `cwd`. */
export function run(cwd: string, script: string, args: string[] = [], timeout = 60_000): SpawnSyncReturns<string> {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
  });
}

/** Run the content engine's bin the way `npm run check` and its siblings do (`sde-content check …`), in `cwd`. */
export function sdeContent(cwd: string, args: string[], timeout = 60_000): SpawnSyncReturns<string> {
  return spawnSync(join(ROOT, 'node_modules/.bin/sde-content'), args, { cwd, encoding: 'utf8', timeout });
}
