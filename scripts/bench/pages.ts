/**
 * Reader pages at scale: for each size, a synthetic site of ours and the stock configuration on the
 * same posts (sites.ts), built one at a time, then weighed (weight.ts), audited by Lighthouse
 * (lighthouse.ts) and tapped on a throttled phone (taps.ts), with ours and stock interleaved. Tables compare the sides at each size and each
 * side across sizes: what a page costs should not grow with the blog.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure';
import { ourSite, stockSite, type TempSite } from './sites';
import {
  measurePages,
  pageFile,
  pageTypes,
  runWeightBench,
  storyPaths,
  type MeasuredPage,
  type PageType,
} from './weight';
import { runLighthouseBench, runLighthouseMatrix, type LabelledSample } from './lighthouse';
import { CORPUS_QUERIES, SITE_QUERIES } from './search';
import { blockingRows, runTapsMatrix, tapPages, tapSummary, tapTables, type TapTarget } from './taps';
import { kb, markdownTable, median, ratio, type Row } from './stats';

export type Side = 'ours' | 'stock';
const SIDES: Side[] = ['ours', 'stock'];

export interface ScaleBuild {
  posts: number;
  side: Side;
  dir: string;
  buildDir: string;
  buildSeconds: number;
  site: TempSite;
}

const label = (posts: number, side: Side) => `${side} ${posts}`;

/** Builds each size's two sites one after the other (a 1,000-post build takes gigabytes). */
export async function buildScaleSites(
  siteDir: string,
  sizes: number[],
  log: (line: string) => void,
): Promise<ScaleBuild[]> {
  const builds: ScaleBuild[] = [];
  try {
    for (const posts of sizes) {
      for (const side of SIDES) {
        const site = side === 'ours' ? ourSite(siteDir, posts) : stockSite(siteDir, posts);
        log(`building ${side} with ${posts} posts in ${site.dir}…`);
        const result = await measure('npm', ['run', 'build'], site.dir);
        if (!result.ok) {
          site.dispose();
          throw new Error(`${side} build of ${posts} posts failed:\n${result.output.slice(-3000)}`);
        }
        const buildSeconds = result.ms / 1000;
        log(`built ${side} ${posts} in ${buildSeconds.toFixed(0)} s`);
        builds.push({ posts, side, dir: site.dir, buildDir: join(site.dir, 'build'), buildSeconds, site });
      }
    }
  } catch (error) {
    for (const build of builds) build.site.dispose();
    throw error;
  }
  return builds;
}

/** The page types measured at a size: the same URLs in our build and stock's. */
function pagesAt(builds: ScaleBuild[], posts: number): PageType[] {
  const ours = builds.find((build) => build.posts === posts && build.side === 'ours')!;
  const stock = builds.find((build) => build.posts === posts && build.side === 'stock')!;
  return pageTypes(ours.buildDir, [stock.buildDir]);
}

export interface ScaleWeight {
  rows: Row[];
  growth: Row[];
  pages: (MeasuredPage & { posts: number; side: Side })[];
}

export async function runScaleWeight(builds: ScaleBuild[], sizes: number[]): Promise<ScaleWeight> {
  const pages: ScaleWeight['pages'] = [];
  for (const posts of sizes) {
    const types = pagesAt(builds, posts);
    for (const build of builds.filter((candidate) => candidate.posts === posts)) {
      // The same URLs; each build has its own files for them (stock writes `<path>/index.html`).
      const own = types
        .filter((type) => build.side === 'ours' || !type.oursOnly)
        .map((type) => ({ ...type, file: pageFile(build.buildDir, type.path)! }));
      for (const page of await measurePages(build.buildDir, own)) pages.push({ ...page, posts, side: build.side });
    }
  }
  const find = (posts: number, side: Side, type: string) =>
    pages.find((page) => page.posts === posts && page.side === side && page.type === type);
  const rows: Row[] = [];
  for (const posts of sizes) {
    for (const type of [...new Set(pages.filter((page) => page.posts === posts).map((page) => page.type))]) {
      const ours = find(posts, 'ours', type);
      const stock = find(posts, 'stock', type);
      rows.push({
        posts,
        page: `${type} (${ours?.path ?? stock?.path})`,
        'ours JS KB gzip': ours ? kb(ours.jsGzip) : '–',
        'stock JS KB gzip': stock ? kb(stock.jsGzip) : '–',
        'ours CSS KB gzip': ours ? kb(ours.cssGzip) : '–',
        'stock CSS KB gzip': stock ? kb(stock.cssGzip) : '–',
        'ours JS fetched on load': ours ? kb(ours.loadedJsGzip) : '–',
        'ours JS by first input': ours ? kb(ours.afterInputJsGzip) : '–',
        'stock JS fetched on load': stock ? kb(stock.loadedJsGzip) : '–',
      });
    }
  }
  // Each side's initial JS (the median over page types) at each size, and the largest size over the smallest.
  const growth: Row[] = SIDES.map((side) => {
    const at = (posts: number) =>
      // Like for like: the page types both sides have (series pages are in the rows above).
      median(pages.filter((p) => p.side === side && p.posts === posts && !p.oursOnly).map((p) => p.jsGzip));
    const row: Row = { side };
    for (const posts of sizes) row[`JS KB gzip at ${posts}`] = kb(at(posts));
    row[`${sizes.at(-1)} / ${sizes[0]}`] = ratio(at(sizes.at(-1)!), at(sizes[0]!));
    return row;
  });
  return { rows, growth, pages };
}

export interface ScaleLighthouse {
  rows: Row[];
  samples: LabelledSample[];
  loadBefore: string;
  loadAfter: string;
}

const loadNow = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');

export async function runScaleLighthouse(
  builds: ScaleBuild[],
  sizes: number[],
  runs: number,
  presets: ('mobile' | 'desktop')[],
  log: (line: string) => void,
): Promise<ScaleLighthouse> {
  const targets = builds.map((build) => ({
    label: label(build.posts, build.side),
    buildDir: build.buildDir,
    // The archive is in the weight table; Lighthouse covers the six page types the targets name.
    pages: pagesAt(builds, build.posts).filter((page) => page.type !== 'archive' && !page.oursOnly),
  }));
  const loadBefore = loadNow();
  const samples = await runLighthouseMatrix({ targets, runs, presets, log });
  const loadAfter = loadNow();
  const rows: Row[] = [];
  for (const preset of presets) {
    for (const posts of sizes) {
      for (const page of targets.find((target) => target.label === label(posts, 'ours'))!.pages) {
        const of = (side: Side) =>
          samples.filter((s) => s.target === label(posts, side) && s.preset === preset && s.page === page.type);
        const m = (side: Side, pick: (s: LabelledSample) => number) => median(of(side).map(pick));
        const others = (side: Side) =>
          ['accessibility', 'best-practices', 'seo'].map((c) => m(side, (s) => s.scores[c as 'seo'])).join('/');
        const failing = new Map<string, number>();
        for (const s of of('ours')) for (const id of s.failing) failing.set(id, (failing.get(id) ?? 0) + 1);
        rows.push({
          preset,
          posts,
          page: page.type,
          'ours perf': m('ours', (s) => s.scores.performance),
          'stock perf': m('stock', (s) => s.scores.performance),
          'ours TBT ms': Math.round(m('ours', (s) => s.tbtMs)),
          'stock TBT ms': Math.round(m('stock', (s) => s.tbtMs)),
          'ours LCP ms': Math.round(m('ours', (s) => s.lcpMs)),
          'stock LCP ms': Math.round(m('stock', (s) => s.lcpMs)),
          'ours a11y/bp/seo': others('ours'),
          'stock a11y/bp/seo': others('stock'),
          'CPU index': Math.round(median([...of('ours'), ...of('stock')].map((s) => s.benchmarkIndex))),
          'ours failing audits (runs)':
            [...failing].map(([id, n]) => `${id} (${n}/${of('ours').length})`).join(', ') || 'none',
        });
      }
    }
  }
  return { rows, samples, loadBefore, loadAfter };
}

/** What the taps part is asked to do: offsets after the scroll, visits per cell, page types. */
export interface TapsChoice {
  offsets: number[];
  visits: number;
  /** Page types (as weight.ts names them); all six reader pages when undefined. */
  pages?: string[];
}

export type PagePart = 'weight' | 'lighthouse' | 'taps';

/** Prints the taps part's tables and writes its JSON. */
async function runTapsPart(
  targets: TapTarget[],
  taps: TapsChoice,
  { log, print, write }: Pick<PagePartsOptions, 'log' | 'print' | 'write'>,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const loadBefore = loadNow();
  const started = performance.now();
  const result = await runTapsMatrix({ targets, offsets: taps.offsets, visits: taps.visits, log });
  const minutes = ((performance.now() - started) / 60_000).toFixed(0);
  const loadAfter = loadNow();
  print(
    `\n### Taps on a phone, 390×844 touch screen, CPU 4× slower (${taps.visits} visits per cell, ours and stock interleaved; ${minutes} min; load average ${loadBefore} before, ${loadAfter} after)\n\n` +
      'The page loads; 500 ms later the reader scrolls once (the first input), then taps the menu button at an offset after that scroll. ' +
      "Latency: the longest Event Timing entry of the tap's interaction (input to next paint), 16 when none reached 16 ms; median of the visits, the maximum in brackets. " +
      '"menu opened": visits where the tap opened the menu (a tap the page ignores is fast too).',
  );
  for (const { posts, rows } of tapTables(result.taps)) {
    print(
      `\n${posts === 'site' ? 'build/' : `${posts} posts`}, ms from the tap to the next paint, by offset after the scroll:\n`,
    );
    print(markdownTable(rows));
  }
  print('\nWorst offset (its median), ours / stock, and the slowest taps:\n');
  print(markdownTable(tapSummary(result.taps)));
  print(
    `\n### Long tasks of a scripted visit on the same phone (${taps.visits} visits per page)\n\n` +
      'Load, scroll, open the menu, switch the colour mode in it, close it, tap the search box and type a word, tap Copy as Markdown, follow a link to a story; a pause of 1.2 s between steps. ' +
      'Long tasks over 50 ms, the longest, and TBT (the sum of what each goes over 50 ms by): median of the visits, the maximum in brackets.\n',
  );
  print(markdownTable(blockingRows(result.visits)));
  write('taps', {
    ...extra,
    offsets: taps.offsets,
    visitsPerCell: taps.visits,
    loadBefore,
    loadAfter,
    taps: result.taps,
    scriptedVisits: result.visits,
  });
}

export interface PagePartsOptions {
  siteDir: string;
  parts: PagePart[];
  /** Synthetic sizes, ours and stock; with `noBuild`, the site's own build/ as it is instead. */
  sizes: number[];
  noBuild: boolean;
  runs: number;
  presets: ('mobile' | 'desktop')[];
  keep: boolean;
  taps: TapsChoice;
  log: (line: string) => void;
  print: (text: string) => void;
  write: (name: string, data: unknown) => void;
}

/** The weight and Lighthouse parts of `npm run bench`: prints their tables, writes their JSON. */
export async function runPageParts(options: PagePartsOptions): Promise<void> {
  const { parts, sizes, runs, presets, log, print, write } = options;
  if (options.noBuild) {
    const buildDir = join(options.siteDir, 'build');
    if (parts.includes('weight')) {
      const { rows, pages } = await runWeightBench(buildDir);
      print(
        '\n### Weight of build/ (JS and CSS named in each page’s HTML; JS fetched on load and by the first input)\n',
      );
      print(markdownTable(rows));
      write('weight', { rows, pages });
    }
    if (parts.includes('lighthouse')) {
      const pages = pageTypes(buildDir).filter((page) => page.type !== 'archive');
      const { rows, samples } = await runLighthouseBench({ buildDir, pages, runs, presets, log });
      print(
        `\n### Lighthouse on build/ (${runs} runs per page and preset, median; served with Brotli from 127.0.0.1)\n`,
      );
      print(markdownTable(rows));
      write('lighthouse', { runs, rows, samples });
    }
    if (parts.includes('taps')) {
      const target: TapTarget = {
        label: 'site',
        side: 'site',
        posts: 'site',
        buildDir,
        pages: tapPages(pageTypes(buildDir), options.taps.pages),
        stories: storyPaths(buildDir),
        query: SITE_QUERIES.first,
      };
      await runTapsPart([target], options.taps, options);
    }
    return;
  }
  const builds = await buildScaleSites(options.siteDir, sizes, log);
  try {
    print(
      `\nSynthetic sites, ours and stock on the same posts: ${builds.map((b) => `${b.side} ${b.posts} built in ${b.buildSeconds.toFixed(0)} s`).join(', ')}.`,
    );
    if (parts.includes('weight')) {
      const weight = await runScaleWeight(builds, sizes);
      print(
        '\n### Weight by size (KB gzip: JS and CSS named in each page’s HTML; JS fetched on load and by the first input)\n',
      );
      print(markdownTable(weight.rows));
      print('\nInitial JS (named in the HTML; median over page types) as the blog grows:\n');
      print(markdownTable(weight.growth));
      write('weight', { sizes, ...weight });
    }
    if (parts.includes('lighthouse')) {
      const lighthouse = await runScaleLighthouse(builds, sizes, runs, presets, log);
      print(
        `\n### Lighthouse by size (${runs} runs per page, ours and stock interleaved, median; Brotli from 127.0.0.1; load average ${lighthouse.loadBefore} before, ${lighthouse.loadAfter} after)\n`,
      );
      print(markdownTable(lighthouse.rows));
      write('lighthouse', { sizes, runs, ...lighthouse });
    }
    if (parts.includes('taps')) {
      const targets: TapTarget[] = builds.map((build) => ({
        label: label(build.posts, build.side),
        side: build.side,
        posts: build.posts,
        buildDir: build.buildDir,
        pages: tapPages(
          pagesAt(builds, build.posts).filter((page) => !page.oursOnly),
          options.taps.pages,
        ),
        stories: storyPaths(build.buildDir),
        query: CORPUS_QUERIES.first,
      }));
      await runTapsPart(targets, options.taps, options, { sizes });
    }
  } finally {
    if (options.keep) log(`kept: ${builds.map((build) => build.dir).join(' ')}`);
    else for (const build of builds) build.site.dispose();
  }
}
