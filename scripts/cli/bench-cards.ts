/**
 * npm run bench:cards [-- --posts 1000] [--runs 1] [--keep DIR]
 * Draws every card of a synthetic corpus on this thread (scripts/bench/cards.ts) and prints the
 * median wall and CPU milliseconds per card and the average and largest card size. `--keep DIR`
 * writes the cards there to look at. Exit codes: 0 done, 2 wrong usage.
 */
import { resolve } from 'node:path';
import { parseCommandLine, processIo, runDirectly, wholeNumber, type Io } from '@sde/content-engine/cli';
import { runCardsBench } from '../bench/cards';
import { markdownTable } from '../bench/stats';

export const USAGE = `Usage: npm run bench:cards -- [options]

Draws the Open Graph card of every post of a synthetic corpus and prints their time and size.

Options:
  --posts <n>             posts in the corpus (default: 1000)
  --runs <n>              times each card is drawn (default: 1)
  --keep <dir>            write the cards there
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      posts: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const posts = wholeNumber('posts', values.posts, 1);
  const runs = wholeNumber('runs', values.runs, 1);
  const keep = values.keep === undefined ? undefined : resolve(io.cwd, values.keep);
  const bench = await runCardsBench({ siteDir: io.cwd, posts, runs, keep });
  io.out(markdownTable([bench.row]));
  io.out(
    `\nOne thread, ${bench.runs} run(s), ${bench.cards * bench.runs} cards timed; CPU time counts every thread of` +
      ' the process. A build draws on every core.',
  );
  return 0;
}

runDirectly(import.meta, main);
