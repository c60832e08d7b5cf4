/**
 * npm run bench [-- --only build|weight|lighthouse|search] [--sizes 250,500,1000] [--runs 3]
 *                  [--build-runs 1] [--warm-at 1000] [--mem-cap-gb 20] [--presets mobile,desktop]
 *                  [--no-build] [--keep] [--search-sizes site,1000]
 *
 * build: cold builds of synthetic posts, ours against the stock configuration, in one run, phase
 * by phase; warm rebuilds of ours at the --warm-at sizes; a side past the memory cap is killed.
 * weight and lighthouse: synthetic sites of each size (default 3,1000), ours and stock, measured
 * interleaved (scripts/bench/pages.ts); with --no-build, the site's own build/ as it is.
 * search: bytes a first and later queries fetch, on this site and synthetic ones (scripts/bench/search.ts).
 * Prints Markdown tables; writes JSON to bench-results/.
 */
import { parseArgs } from 'node:util';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { runBuildBench } from './build';
import { printBuildBench } from './build-report';
import { runPageParts } from './pages';
import { runSearchBench, parseSearchSizes } from './search';
import { markdownTable } from './stats';
import { CHROMIUM_PATH } from '../lib/chromium';

const PARTS = ['build', 'weight', 'lighthouse', 'search'] as const;
type Part = (typeof PARTS)[number];

function machine() {
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
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  };
}

function write(name: string, data: unknown): void {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      // Build: 250,500,1000; weight and Lighthouse: 3,1000.
      sizes: { type: 'string' },
      presets: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'build-runs': { type: 'string', default: '1' },
      'warm-at': { type: 'string', default: '1000' },
      'mem-cap-gb': { type: 'string', default: '20' },
      'no-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'search-sizes': { type: 'string', default: 'site,1000' },
    },
  });
  const parts = (values.only?.split(',') ?? [...PARTS]) as Part[];
  for (const part of parts) if (!PARTS.includes(part)) throw new Error(`unknown part ${part}; use ${PARTS.join(', ')}`);
  const siteDir = process.cwd();
  const about = { date: new Date().toISOString(), machine: machine() };
  const log = (line: string) => console.error(line);
  const output: string[] = [];
  const print = (text: string) => {
    console.log(text);
    output.push(text);
  };
  log(`machine: ${JSON.stringify(about.machine)}`);

  if (parts.includes('build')) {
    const sizes = (values.sizes ?? '250,500,1000').split(',').map(Number);
    const runs = Number(values['build-runs']);
    const warmAt = values['warm-at'].split(',').map(Number);
    const capBytes = Number(values['mem-cap-gb']) * 1024 ** 3;
    const bench = await runBuildBench({ siteDir, sizes, runs, warmAt, capBytes, keep: values.keep, log });
    printBuildBench(bench, runs, print);
    write('build', { ...about, sizes, runs, ...bench });
  }

  const pageParts = parts.filter((part): part is 'weight' | 'lighthouse' => part === 'weight' || part === 'lighthouse');
  if (pageParts.length) {
    await runPageParts({
      siteDir,
      parts: pageParts,
      sizes: (values.sizes ?? '3,1000').split(',').map(Number),
      noBuild: values['no-build'],
      runs: Number(values.runs),
      presets: (values.presets ?? (values['no-build'] ? 'mobile,desktop' : 'mobile')).split(',') as (
        'mobile' | 'desktop'
      )[],
      keep: values.keep,
      log,
      print,
      write: (name, data) => write(name, { ...about, ...(data as object) }),
    });
  }

  if (parts.includes('search')) {
    const sizes = parseSearchSizes(values['search-sizes']);
    const { rows, samples } = await runSearchBench({ siteDir, sizes, keep: values.keep, log });
    print(
      '\n### Search (KB sent from focusing the box until results show and the network is quiet; headers included)\n',
    );
    print(markdownTable(rows));
    write('search', { ...about, sizes, rows, samples });
  }

  print(
    `\nMachine: ${about.machine.cores} cores, ${about.machine.memoryGB} GB, Node ${about.machine.node}, ${about.machine.chromium}, commit ${about.machine.commit}.`,
  );
  writeFileSync(join('bench-results', 'bench.md'), `${output.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
