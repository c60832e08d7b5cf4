/**
 * Where docs' last-updated dates come from (Docusaurus's `future.experimental_vcs`): Git history
 * when the site is in a Git worktree, nothing otherwise. A release tarball or a container build
 * without `.git` then still builds, with no last-updated line on docs and one warning saying so.
 */
import { spawnSync } from 'node:child_process';

export const NO_GIT_WARNING = 'not inside a Git worktree: docs pages are built without a last-updated line';

/** Why `dir` has no Git history to read, or undefined when it has one. */
export function noGitReason(dir: string): string | undefined {
  const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, encoding: 'utf8' });
  if (git.error) return `git: ${git.error.message}`;
  if (git.status === 0 && git.stdout.trim() === 'true') return undefined;
  return git.stderr.trim().split('\n')[0] || 'no .git';
}

/** Docusaurus loads the config more than once per build, each time afresh: one flag per process. */
const WARNED = Symbol.for('sde.vcs.no-git-warned');

/** `true` (Docusaurus's Git reader) inside a worktree; elsewhere 'disabled', after one warning. */
export function vcs(siteDir: string): true | 'disabled' {
  const reason = noGitReason(siteDir);
  if (reason === undefined) return true;
  const flags = globalThis as { [WARNED]?: boolean };
  if (!flags[WARNED]) console.warn(`[WARNING] ${NO_GIT_WARNING} (${reason})`);
  flags[WARNED] = true;
  return 'disabled';
}
