/**
 * npm run ci:mtimes [-- --dir .]: sets every tracked file's modification time to its last commit's
 * (scripts/ci/mtimes.ts), so a build cache restored into a fresh checkout sees unchanged files as
 * unchanged. CI runs it after the checkout. Exit codes: 0 done, 2 wrong usage or not a Git worktree.
 */
import { resolve } from 'node:path';
import { parseCommandLine, processIo, runDirectly, UsageError, type Io } from '@sde/content-engine/cli';
import { restoreMtimes } from '../ci/mtimes';

export const USAGE = `Usage: npm run ci:mtimes -- [options]

Sets each tracked file's modification time to the time of the last commit that changed it (files
changed in the work tree keep theirs), so that Rspack's persistent cache, restored into a fresh
checkout, reuses what it built for unchanged files. Needs the whole history (fetch-depth: 0).

Options:
  --dir <dir>   the Git worktree (default: .)
  --help        show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      dir: { type: 'string', default: '.' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  let report;
  try {
    report = restoreMtimes(resolve(io.cwd, values.dir));
  } catch (error) {
    throw new UsageError(`${values.dir} is not a Git worktree with history: ${(error as Error).message}`, null);
  }
  io.out(`commit times set on ${report.set} files; ${report.left} changed or uncommitted left as they are`);
  return 0;
}

runDirectly(import.meta, main);
