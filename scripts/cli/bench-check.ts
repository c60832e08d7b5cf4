/**
 * npm run bench:check [-- --posts 10000] [--sizes 2500,5000,10000] [--runs 3]
 * Times the content checks on synthetic corpora (scripts/bench/check.ts), prints a Markdown table
 * and writes bench-results/check.json. Exit codes: 0 done, 2 wrong usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine, processIo, runDirectly, wholeNumber, type Io } from '@sde/content-engine/cli';
import { runCheckBench } from '../bench/check';
import { markdownTable } from '../bench/stats';

export const USAGE = `Usage: npm run bench:check -- [options]

Times the content checks on synthetic posts against a bare read and frontmatter parse.

Options:
  --posts <n>             posts in the corpus (default: 10000)
  --sizes <a,b,…>         several corpus sizes instead of --posts
  --runs <n>              runs of each, the median reported (default: 3)
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      posts: { type: 'string', default: '10000' },
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const option = values.sizes === undefined ? 'posts' : 'sizes';
  const sizes = (values.sizes ?? values.posts).split(',').map((size) => wholeNumber(option, size, 1));
  const runs = wholeNumber('runs', values.runs, 1);
  const rows = runCheckBench({ siteDir: io.cwd, sizes, runs });
  io.out(markdownTable(rows));
  io.out(`\n${runs} runs each, median; peak RSS is the whole process so far.`);
  const results = resolve(io.cwd, 'bench-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'check.json'), JSON.stringify({ date: io.now().toISOString(), rows }, null, 2));
  return 0;
}

runDirectly(import.meta, main);
