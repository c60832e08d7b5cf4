/**
 * Gives every tracked file of a Git checkout the time of the last commit that changed it as its
 * modification time. A checkout writes every file anew, and Rspack's persistent cache takes a file
 * whose modification time moved for a changed one: restored into a fresh checkout, it rebuilt
 * modules it held. With commit times, a file no commit changed since the cache was saved looks
 * exactly as it did then, and an edited one newer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

function git(dir: string, args: string[]): string {
  // Paths as they are, not quoted and escaped.
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.error) throw new Error(`git: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`git ${args[0]}: ${result.stderr.trim()}`);
  return result.stdout;
}

/**
 * Path -> seconds since the epoch of the newest commit that touched it, read from `git log`
 * output made with `--format=%x00%ct --name-only` (newest first): the first time a path is named
 * is its newest change.
 */
export function lastChanges(log: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const entry of log.split('\0').slice(1)) {
    const [time, ...paths] = entry.split('\n');
    const seconds = Number(time);
    for (const path of paths) if (path && !times.has(path)) times.set(path, seconds);
  }
  return times;
}

export interface MtimeReport {
  /** Tracked files whose time was set. */
  set: number;
  /** Tracked files changed in the work tree (or with no commit): left as they are. */
  left: number;
}

/** Sets each tracked file's modification time to its last commit's, in the worktree at `dir`. */
export function restoreMtimes(dir: string): MtimeReport {
  const times = lastChanges(git(dir, ['log', '--format=%x00%ct', '--name-only', '--no-renames', 'HEAD']));
  const tracked = git(dir, ['ls-files', '-z']).split('\0').filter(Boolean);
  // What differs from HEAD keeps its own (newer) time, so a cache never takes it for unchanged.
  const changed = new Set(git(dir, ['diff', '--name-only', '-z', 'HEAD']).split('\0').filter(Boolean));
  let set = 0;
  let left = 0;
  for (const path of tracked) {
    const seconds = times.get(path);
    const file = join(dir, path);
    if (seconds === undefined || changed.has(path) || !existsSync(file)) {
      left += 1;
      continue;
    }
    utimesSync(file, seconds, seconds);
    set += 1;
  }
  return { set, left };
}
