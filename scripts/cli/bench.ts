/**
 * npm run bench [-- --only build|weight|lighthouse|search] [--sizes 250,500,1000] [--runs 3]
 *                  [--build-runs 1] [--warm-at 1000] [--mem-cap-gb 20] [--presets mobile,desktop]
 *                  [--no-build] [--keep] [--search-sizes site,1000]
 *
 * Runs the benchmark's parts (scripts/bench/bench.ts): build time against stock Docusaurus, page
 * weight, Lighthouse, search. Prints Markdown tables (progress on stderr); writes JSON to
 * bench-results/. See docs/performance.md. Exit codes: 0 done, 2 wrong usage.
 */
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from '@sde/content-engine/cli';
import { PARTS, runBench, type Part } from '../bench/bench';
import { parseSearchSizes } from '../bench/search';

export const USAGE = `Usage: npm run bench -- [options]

Measures build time against stock Docusaurus, page weight, Lighthouse scores and search bytes.

Options:
  --only <parts>          some of ${PARTS.join(', ')} (default: all)
  --sizes <a,b,…>         synthetic posts per site (build: 250,500,1000; weight and lighthouse: 3,1000)
  --runs <n>              Lighthouse runs per page (default: 3)
  --build-runs <n>        cold builds per size (default: 1)
  --warm-at <a,b,…>       sizes with a warm rebuild too (default: 1000)
  --mem-cap-gb <n>        a build past this much memory is stopped (default: 20)
  --presets <a,b>         Lighthouse presets, mobile and/or desktop
  --no-build              measure the site's own build/ as it is
  --keep                  keep the synthetic sites
  --search-sizes <a,b,…>  sites for the search part: site and/or post counts (default: site,1000)
  --help                  show this help`;

const list = (option: string, value: string, min = 0): number[] =>
  value.split(',').map((item) => wholeNumber(option, item, min));

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      presets: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'build-runs': { type: 'string', default: '1' },
      'warm-at': { type: 'string', default: '1000' },
      'mem-cap-gb': { type: 'string', default: '20' },
      'no-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'search-sizes': { type: 'string', default: 'site,1000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const parts = (values.only?.split(',') ?? [...PARTS]) as Part[];
  for (const part of parts) {
    if (!PARTS.includes(part)) throw new UsageError(`unknown part ${part}; use ${PARTS.join(', ')}`);
  }
  const presets = values.presets?.split(',');
  for (const preset of presets ?? []) {
    if (preset !== 'mobile' && preset !== 'desktop')
      throw new UsageError(`--presets: use mobile or desktop, not ${preset}`);
  }
  const memCapGb = Number(values['mem-cap-gb']);
  if (!(memCapGb > 0)) throw new UsageError(`--mem-cap-gb takes a number of gigabytes, not "${values['mem-cap-gb']}"`);
  let searchSizes;
  try {
    searchSizes = parseSearchSizes(values['search-sizes']);
  } catch (caught) {
    throw new UsageError(`--search-sizes: ${(caught as Error).message}`);
  }
  await runBench(
    {
      siteDir: io.cwd,
      parts,
      sizes: values.sizes === undefined ? undefined : list('sizes', values.sizes, 1),
      presets: presets as ('mobile' | 'desktop')[] | undefined,
      runs: wholeNumber('runs', values.runs, 1),
      buildRuns: wholeNumber('build-runs', values['build-runs'], 1),
      warmAt: list('warm-at', values['warm-at']),
      memCapGb,
      noBuild: values['no-build'],
      keep: values.keep,
      searchSizes,
    },
    { log: (line) => io.err(line), print: (text) => io.out(text), now: io.now },
  );
  return 0;
}

runDirectly(import.meta, main);
