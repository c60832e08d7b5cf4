/**
 * npm run bench [-- --only build|weight|lighthouse|search|taps|pictures|dev] [--edits 5] [--dev-port 3000] [--sizes 250,500,1000] [--runs 3]
 *                  [--build-runs 1] [--warm-at 1000] [--mem-cap-gb 20] [--presets mobile,desktop]
 *                  [--no-build] [--keep] [--search-sizes site,1000]
 *                  [--offsets 0,300,…,3000] [--visits 3] [--pages home,story,tags,tag,author,docs]
 *
 * Runs the benchmark's parts (scripts/bench/bench.ts): build time against stock Docusaurus, page
 * weight, Lighthouse, search, tap latency on a throttled phone. Prints Markdown tables (progress on
 * stderr); writes JSON to bench-results/. See docs/performance.md. Exit codes: 0 done, 1 a part
 * failed, 2 wrong usage.
 */
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from '@sde/content-engine/cli';
import { PARTS, runBench, type Part } from '../bench/bench';
import { parseSearchSizes } from '../bench/search';
import { DEFAULT_OFFSETS, parseOffsets, parsePageNames, TAP_PAGES } from '../bench/taps';

export const USAGE = `Usage: npm run bench -- [options]

Measures build time against stock Docusaurus, page weight, Lighthouse scores, search bytes, and
how long a tap waits on a throttled phone (taps: the menu button tapped at each offset after the
reader's first scroll; Event Timing, median of the visits; and the long tasks of a scripted visit).

Options:
  --only <parts>          some of ${PARTS.join(', ')} (default: all)
  --sizes <a,b,…>         synthetic posts per site (build: 250,500,1000; weight, lighthouse, taps, dev: 3,1000;
                          pictures: the last, default 1000)
  --runs <n>              Lighthouse runs per page (default: 3)
  --build-runs <n>        cold builds per size (default: 1)
  --warm-at <a,b,…>       sizes with a warm rebuild too (default: 1000)
  --mem-cap-gb <n>        a build past this much memory is stopped (default: 20)
  --presets <a,b>         Lighthouse presets, mobile and/or desktop
  --no-build              measure the site's own build/ as it is
  --keep                  keep the synthetic sites
  --search-sizes <a,b,…>  sites for the search part: site and/or post counts (default: site,1000)
  --offsets <a,b,…>       taps: ms after the scroll to tap at (default: 0 to 3000, every 300)
  --visits <n>            taps: visits per page, side and offset, and scripted visits per page (default: 3)
  --edits <n>             dev: saves timed per side and size (default: 5)
  --dev-port <n>          dev: the port ours listens on; stock takes the next (default: 3000)
  --pages <a,b,…>         taps: page types, some of ${Object.keys(TAP_PAGES).join(', ')} (default: all)
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
      offsets: { type: 'string' },
      visits: { type: 'string', default: '3' },
      pages: { type: 'string' },
      edits: { type: 'string', default: '5' },
      'dev-port': { type: 'string', default: '3000' },
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
  let offsets = DEFAULT_OFFSETS;
  let pages: string[] | undefined;
  try {
    if (values.offsets !== undefined) offsets = parseOffsets(values.offsets);
  } catch (caught) {
    throw new UsageError(`--offsets: ${(caught as Error).message}`);
  }
  try {
    if (values.pages !== undefined) pages = parsePageNames(values.pages);
  } catch (caught) {
    throw new UsageError(`--pages: ${(caught as Error).message}`);
  }
  const visits = wholeNumber('visits', values.visits, 1);
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
      taps: { offsets, visits, pages },
      dev: { edits: wholeNumber('edits', values.edits, 1), port: wholeNumber('dev-port', values['dev-port'], 1) },
    },
    { log: (line) => io.err(line), print: (text) => io.out(text), now: io.now },
  );
  return 0;
}

runDirectly(import.meta, main);
