/**
 * Search benchmark: builds our site with N synthetic posts, serves it from 127.0.0.1 with its
 * headers and Brotli, and in Chromium counts every byte fetched from the moment the reader focuses
 * the search box until results show and the network is quiet; then the same for later queries.
 * Also reads the indexing time and the indexer's peak memory from the build's log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { HEADERS_FILE, parseHeadersFile } from '../security/headers';
import { startStaticServer } from '../serve/static-server';
import { measure } from './measure';
import { ourSite } from './sites';
import { kb, median, type Row } from './stats';

/** Words of the synthetic corpus (scripts/bench/corpus.ts): each is in most posts, the worst case. */
export const FIRST_QUERY = 'escalation';
export const LATER_QUERIES = ['patience', 'database upgrade', 'weekend', 'handover documentation'];

const BOX = 'input.navbar__search-input';
/** A reader typing quickly; slower typing only sends fewer, not more, of the same requests. */
const KEY_DELAY_MS = 80;
/** The network counts as quiet after this long without a request in flight. */
const QUIET_MS = 500;

export interface QueryCost {
  query: string;
  bytes: number;
  requests: number;
  /** From the first key pressed to the first result on screen. */
  msToResults: number;
  urls: string[];
}

export interface SearchSample {
  posts: number;
  buildMs: number;
  /** From the build's `[search]` line; NaN when the engine prints none. */
  indexMs: number;
  indexCpuMs: number;
  indexerPeakRssBytes: number;
  /** Bytes of every response (headers and body as sent) fetched after the page went quiet. */
  first: QueryCost;
  later: QueryCost[];
}

/** `[search] indexed 1006 pages into 1060 files in 3.2 s (indexer CPU 2.9 s, peak memory 112 MB)` */
export function parseIndexLine(output: string): { ms: number; cpuMs: number; peakRssBytes: number } {
  const line = /\[search\] indexed .* in ([\d.]+) s(?: \(indexer CPU ([\d.]+) s, peak memory (\d+) MB\))?/.exec(output);
  if (!line) return { ms: Number.NaN, cpuMs: Number.NaN, peakRssBytes: Number.NaN };
  const [, wall, cpu = 'NaN', peak = 'NaN'] = line;
  return { ms: Number(wall) * 1000, cpuMs: Number(cpu) * 1000, peakRssBytes: Number(peak) * 1024 ** 2 };
}

/** Every byte the server has sent so far, headers and bodies, on every connection. */
function bytesSent(server: Server): () => number {
  let closed = 0;
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => {
      closed += socket.bytesWritten;
      open.delete(socket);
    });
  });
  return () => [...open].reduce((sum, socket) => sum + socket.bytesWritten, closed);
}

/**
 * Counts what the page fetches from `start()` until no request has been in flight for QUIET_MS.
 * Bytes are counted where they are sent, so requests from Pagefind's worker count too.
 */
function networkMeter(page: Page, sent: () => number) {
  let inFlight = 0;
  let lastChange = performance.now();
  let from = 0;
  let urls: string[] = [];
  const settle = () => {
    inFlight -= 1;
    lastChange = performance.now();
  };
  page.on('request', (request) => {
    inFlight += 1;
    lastChange = performance.now();
    urls.push(new URL(request.url()).pathname);
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return {
    start() {
      from = sent();
      urls = [];
    },
    async quiet(timeoutMs = 20_000): Promise<{ bytes: number; urls: string[] }> {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 || performance.now() - lastChange < QUIET_MS) {
        if (performance.now() > deadline) throw new Error(`network not quiet after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { bytes: sent() - from, urls };
    },
  };
}

async function query(page: Page, meter: ReturnType<typeof networkMeter>, text: string): Promise<QueryCost> {
  const box = page.locator(BOX);
  meter.start();
  await box.focus();
  await box.fill('');
  const started = performance.now();
  await box.pressSequentially(text, { delay: KEY_DELAY_MS });
  await page.getByRole('option').first().waitFor({ state: 'visible', timeout: 20_000 });
  const msToResults = performance.now() - started;
  const { bytes, urls } = await meter.quiet();
  return { query: text, bytes, requests: urls.length, msToResults, urls };
}

/** First query from a freshly loaded page (nothing cached), then each later query on the same page. */
export async function measureQueries(
  buildDir: string,
  queries: { first: string; later: string[] } = { first: FIRST_QUERY, later: LATER_QUERIES },
): Promise<{ first: QueryCost; later: QueryCost[] }> {
  const headers = parseHeadersFile(readFileSync(join(buildDir, HEADERS_FILE), 'utf8'));
  const server = await startStaticServer(buildDir, 0, headers, { compress: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    const meter = networkMeter(page, bytesSent(server.server));
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    await meter.quiet();
    const first = await query(page, meter, queries.first);
    const later: QueryCost[] = [];
    for (const text of queries.later) later.push(await query(page, meter, text));
    if (problems.length > 0) throw new Error(`console errors while searching: ${problems.join('; ')}`);
    return { first, later };
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface SearchBenchOptions {
  siteDir: string;
  sizes: number[];
  keep?: boolean;
  log?: (line: string) => void;
}

export async function runSearchBench(options: SearchBenchOptions): Promise<{ rows: Row[]; samples: SearchSample[] }> {
  const log = options.log ?? (() => {});
  const samples: SearchSample[] = [];
  for (const posts of options.sizes) {
    log(`search: building ${posts} synthetic posts`);
    const site = ourSite(options.siteDir, posts);
    try {
      const build = await measure('npm', ['run', 'build'], site.dir);
      if (!build.ok) throw new Error(`build of ${posts} posts failed in ${site.dir}:\n${build.output.slice(-4000)}`);
      const index = parseIndexLine(build.output);
      const { first, later } = await measureQueries(join(site.dir, 'build'));
      log(`  first query ${kb(first.bytes)} KB; later ${later.map((cost) => kb(cost.bytes)).join(', ')} KB`);
      samples.push({
        posts,
        buildMs: build.ms,
        indexMs: index.ms,
        indexCpuMs: index.cpuMs,
        indexerPeakRssBytes: index.peakRssBytes,
        first,
        later,
      });
    } finally {
      if (options.keep) log(`  kept ${site.dir}`);
      else site.dispose();
    }
  }
  return { rows: samples.map(row), samples };
}

function row(sample: SearchSample): Row {
  const later = sample.later.map((cost) => cost.bytes);
  return {
    posts: sample.posts,
    'first query KB': kb(sample.first.bytes),
    'first query requests': sample.first.requests,
    'later query KB (median)': kb(median(later)),
    'later query KB (max)': kb(Math.max(...later)),
    'ms to first results': Math.round(sample.first.msToResults),
    'indexing s': (sample.indexMs / 1000).toFixed(1),
    'indexer CPU s': (sample.indexCpuMs / 1000).toFixed(1),
    'indexer peak MB': Math.round(sample.indexerPeakRssBytes / 1024 ** 2),
    'build s': (sample.buildMs / 1000).toFixed(0),
  };
}
