/**
 * The benchmark (`npm run bench`, scripts/cli/bench.ts), part by part:
 *
 * build: cold builds of synthetic posts, ours against the stock configuration, in one run, phase
 * by phase; warm rebuilds of ours at the --warm-at sizes; a side past the memory cap is killed.
 * weight, lighthouse and taps: synthetic sites of each size (default 3,1000), ours and stock,
 * measured interleaved (scripts/bench/pages.ts); with noBuild, the site's own build/ as it is.
 * taps: on a throttled phone, how long a tap on the menu button waits at each moment after the
 * first scroll, and the long tasks of a scripted visit (scripts/bench/taps.ts).
 * search: bytes a first and later queries fetch, on this site and synthetic ones (scripts/bench/search.ts).
 * pictures: the picture story's bytes on a phone and a desktop against its originals, Lighthouse on
 * it, and the build's cost of pictures at the largest of --sizes (default 1000) posts
 * (scripts/bench/pictures.ts).
 * dev: the writing loop, `npm start` to a story and save to screen, ours and stock (scripts/bench/dev.ts).
 *
 * Prints Markdown tables; writes JSON and the tables to bench-results/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { runBuildBench } from './build';
import { printBuildBench } from './build-report';
import { runPageParts, type PagePart, type TapsChoice } from './pages';
import { runSearchBench, type SearchSize } from './search';
import { runPicturesBench } from './pictures';
import { markdownTable } from './stats';
import { devRows, runDevBench } from './dev';
import { CHROMIUM_PATH } from '../lib/chromium';

export const PARTS = ['build', 'weight', 'lighthouse', 'search', 'taps', 'pictures', 'dev'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  siteDir: string;
  parts: Part[];
  /** Build: 250,500,1000; weight, Lighthouse and taps: 3,1000. */
  sizes?: number[];
  presets?: ('mobile' | 'desktop')[];
  runs: number;
  buildRuns: number;
  warmAt: number[];
  memCapGb: number;
  noBuild: boolean;
  keep: boolean;
  searchSizes: SearchSize[];
  taps: TapsChoice;
  /** dev: saves timed per side and size, and the port ours listens on (stock: the next one). */
  dev?: { edits: number; port: number };
}

function machine(siteDir: string) {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Reported as unknown.
  }
  return {
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    /** Other work on the shared machine skews every figure; this says how much there was. */
    loadAverage: loadavg()
      .map((load) => load.toFixed(1))
      .join(' '),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: siteDir, encoding: 'utf8' }).stdout.trim(),
  };
}

/**
 * Runs the parts asked for: progress goes to `log`, tables to `print`; every table is also
 * written to bench-results/bench.md, and each part's figures to bench-results/<part>.json.
 */
export async function runBench(
  options: BenchOptions,
  {
    log,
    print: printLine,
    now = () => new Date(),
  }: { log: (line: string) => void; print: (text: string) => void; now?: () => Date },
): Promise<void> {
  const { siteDir, parts } = options;
  const results = join(siteDir, 'bench-results');
  const write = (name: string, data: unknown): void => {
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
  };
  const about = { date: now().toISOString(), machine: machine(siteDir) };
  const output: string[] = [];
  const print = (text: string) => {
    printLine(text);
    output.push(text);
  };
  log(`machine: ${JSON.stringify(about.machine)}`);

  if (parts.includes('build')) {
    const sizes = options.sizes ?? [250, 500, 1000];
    const runs = options.buildRuns;
    const bench = await runBuildBench({
      siteDir,
      sizes,
      runs,
      warmAt: options.warmAt,
      capBytes: options.memCapGb * 1024 ** 3,
      keep: options.keep,
      log,
    });
    printBuildBench(bench, runs, print);
    write('build', { ...about, sizes, runs, ...bench });
  }

  const pageParts = parts.filter(
    (part): part is PagePart => part === 'weight' || part === 'lighthouse' || part === 'taps',
  );
  if (pageParts.length) {
    await runPageParts({
      siteDir,
      parts: pageParts,
      sizes: options.sizes ?? [3, 1000],
      noBuild: options.noBuild,
      runs: options.runs,
      presets: options.presets ?? (options.noBuild ? ['mobile', 'desktop'] : ['mobile']),
      keep: options.keep,
      taps: options.taps,
      log,
      print,
      write: (name, data) => write(name, { ...about, ...(data as object) }),
    });
  }

  if (parts.includes('search')) {
    const sizes = options.searchSizes;
    const { rows, samples } = await runSearchBench({ siteDir, sizes, keep: options.keep, log });
    print(
      '\n### Search (KB sent from focusing the box until results show and the network is quiet; headers included)\n',
    );
    print(markdownTable(rows));
    write('search', { ...about, sizes, rows, samples });
  }

  if (parts.includes('pictures')) {
    const posts = options.sizes?.at(-1) ?? 1000;
    const bench = await runPicturesBench({
      siteDir,
      posts,
      runs: options.runs,
      keep: options.keep,
      capBytes: options.memCapGb * 1024 ** 3,
      log,
    });
    print("\n### Pictures: the picture story's bytes (a phone and a desktop reading it to the end)\n");
    print(markdownTable(bench.tables.bytes));
    print('\n### Pictures: Lighthouse mobile on the picture story (medians)\n');
    print(markdownTable(bench.tables.lighthouse));
    print(`\n### Pictures: the build's cost at ${posts} posts (one post in ten with a cover and two pictures)\n`);
    print(markdownTable(bench.tables.build));
    write('pictures', { ...about, posts, ...bench });
  }

  if (parts.includes('dev')) {
    const sizes = options.sizes ?? [3, 1000];
    const { edits, port } = options.dev ?? { edits: 5, port: 3000 };
    const runs = await runDevBench({ siteDir, sizes, edits, port, keep: options.keep, log });
    print('\n### The writing loop (`npm start`, then saves; Chromium watching the story)\n');
    print(markdownTable(devRows(runs)));
    for (const run of runs.filter((each) => each.error)) print(`\n${run.side} at ${run.posts} posts: ${run.error}`);
    write('dev', { ...about, sizes, edits, runs });
  }

  print(
    `\nMachine: ${about.machine.cores} cores, ${about.machine.memoryGB} GB, Node ${about.machine.node}, ${about.machine.chromium}, commit ${about.machine.commit}.`,
  );
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'bench.md'), `${output.join('\n')}\n`);
}
