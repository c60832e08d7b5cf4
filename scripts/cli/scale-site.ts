/**
 * tsx scripts/cli/scale-site.ts --posts 1000 [-- <command…>]
 *
 * Builds a copy of the site with its own stories plus `--posts` synthetic ones, so the browser
 * suite can run against a large blog (scripts/bench/scale-site.ts). With a command after `--`,
 * runs it with E2E_BUILD_DIR naming the copy's build, removes the copy, and exits with the
 * command's status (`npm run test:e2e:scale`). Without one, prints where the build is and keeps
 * the copy (in the system's temporary folder, until removed):
 *
 *   E2E_BUILD_DIR=<printed dir> npm run test:e2e
 *
 * Exit codes: the command's; 0 when there is none; 1 when the build fails; 2 wrong usage.
 */
import { parseCommandLine, processIo, runDirectly, wholeNumber, type Io } from '@sde/content-engine/cli';
import { buildScaleSite, runAgainst } from '../bench/scale-site';

export const USAGE = `Usage: tsx scripts/cli/scale-site.ts [--posts 1000] [-- <command…>]

Builds a copy of the site with extra synthetic stories and runs a command against its build
(E2E_BUILD_DIR names it); without a command, prints the build's folder and keeps the copy.

Options:
  --posts <n>             synthetic stories to add (default: 1000)
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values, positionals: command } = parseCommandLine(argv, {
    allowPositionals: true,
    options: { posts: { type: 'string', default: '1000' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const posts = wholeNumber('posts', values.posts);
  const { buildDir, dispose } = await buildScaleSite(io.cwd, posts, (line) => io.err(line));
  if (command.length === 0) {
    io.out(buildDir);
    return 0;
  }
  try {
    return runAgainst(buildDir, command);
  } finally {
    dispose();
  }
}

runDirectly(import.meta, main);
