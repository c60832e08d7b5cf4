/**
 * Search benchmark: builds our site with N synthetic posts, serves it from 127.0.0.1 with its
 * headers and Brotli, and in Chromium counts every byte fetched from the moment the reader focuses
 * the search box until results show and the network is quiet; then the same for later queries.
 * Also reads the indexing time and the indexer's peak memory from the build's log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { HEADERS_FILE, parseHeadersFile } from '../security/headers';
import { startStaticServer } from '../serve/static-server';
import { measure } from './measure';
import { ourSite } from './sites';
import { loadPosts, loadSite } from '@sde/content-engine';
import { kb, median, type Row } from './stats';

export interface Queries {
  first: string;
  later: string[];
}

/** Words of the synthetic corpus (scripts/bench/corpus.ts): each is in most posts, the worst case. */
export const CORPUS_QUERIES: Queries = {
  first: 'escalation',
  later: ['patience', 'database upgrade', 'weekend', 'handover documentation'],
};

/** Words any site of support stories uses, for the site as it is. */
export const SITE_QUERIES: Queries = { first: 'support', later: ['customer', 'career', 'hiring manager', 'release'] };

/** A size to measure: N synthetic posts, or `site`, the site itself with its own posts. */
export type SearchSize = number | 'site';

const BOX = 'input.navbar__search-input';
/** A reader typing quickly; slower typing only sends fewer, not more, of the same requests. */
const KEY_DELAY_MS = 80;
/** The network counts as quiet after this long without a request in flight. */
const QUIET_MS = 500;

export interface QueryCost {
  query: string;
  /** Everything sent, headers included. */
  bytes: number;
  /** Response bodies alone: what HTTP/2's header compression leaves of `bytes`, nearly. */
  bodyBytes: number;
  requests: number;
  /** From the first key pressed to the first result on screen. */
  msToResults: number;
  urls: string[];
}

export interface SearchSample {
  site: 'synthetic' | 'this site';
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

interface Sent {
  /** Every byte on every connection: status lines, headers and bodies (HTTP/1.1, no header compression). */
  wire: number;
  /** Response bodies only, as sent (compressed where the server compresses). */
  bodies: number;
}

/** What the server has sent so far. */
function bytesSent(server: Server): () => Sent {
  let closed = 0;
  let bodies = 0;
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => {
      closed += socket.bytesWritten;
      open.delete(socket);
    });
  });
  // Ahead of the server's own handler, so every body chunk it writes passes through here.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') bodies += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) bodies += chunk.byteLength;
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((chunk: unknown, ...rest: unknown[]) => (
      count(chunk),
      write(chunk, ...rest)
    )) as typeof response.write;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return end(chunk, ...rest);
    }) as typeof response.end;
  });
  return () => ({ wire: [...open].reduce((sum, socket) => sum + socket.bytesWritten, closed), bodies });
}

/**
 * Counts what the page fetches from `start()` until no request has been in flight for QUIET_MS.
 * Bytes are counted where they are sent, so requests from Pagefind's worker count too.
 */
function networkMeter(page: Page, sent: () => Sent) {
  let inFlight = 0;
  let lastChange = performance.now();
  let from: Sent = { wire: 0, bodies: 0 };
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
    async quiet(timeoutMs = 20_000): Promise<{ bytes: number; bodyBytes: number; urls: string[] }> {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 || performance.now() - lastChange < QUIET_MS) {
        if (performance.now() > deadline) throw new Error(`network not quiet after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const now = sent();
      return { bytes: now.wire - from.wire, bodyBytes: now.bodies - from.bodies, urls };
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
  // Ours, and the local-search plugin's (to measure it in the same way).
  const noResults = page.getByText(/^No (stories or docs match|results)/i);
  await page.getByRole('option').first().or(noResults).waitFor({ state: 'visible', timeout: 20_000 });
  const msToResults = performance.now() - started;
  const { bytes, bodyBytes, urls } = await meter.quiet();
  return { query: text, bytes, bodyBytes, requests: urls.length, msToResults, urls };
}

/** First query from a freshly loaded page (nothing cached), then each later query on the same page. */
export async function measureQueries(
  buildDir: string,
  queries: Queries,
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
    // The page's scripts are fetched at load and run on the reader's first input
    // (src/config/html-template.ts); started here, so the meter counts only what searching fetches.
    await page.evaluate(() => (window as { startPageScripts?: () => void }).startPageScripts?.());
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
  sizes: SearchSize[];
  keep?: boolean;
  log?: (line: string) => void;
}

/** Builds the site (`npm run build`, checks and headers included) and measures its search. */
async function buildAndMeasure(dir: string, posts: number, queries: Queries): Promise<Omit<SearchSample, 'site'>> {
  const build = await measure('npm', ['run', 'build'], dir);
  if (!build.ok) throw new Error(`build of ${posts} posts failed in ${dir}:\n${build.output.slice(-4000)}`);
  const index = parseIndexLine(build.output);
  const { first, later } = await measureQueries(join(dir, 'build'), queries);
  return {
    posts,
    buildMs: build.ms,
    indexMs: index.ms,
    indexCpuMs: index.cpuMs,
    indexerPeakRssBytes: index.peakRssBytes,
    first,
    later,
  };
}

export async function runSearchBench(options: SearchBenchOptions): Promise<{ rows: Row[]; samples: SearchSample[] }> {
  const log = options.log ?? (() => {});
  const samples: SearchSample[] = [];
  for (const size of options.sizes) {
    let sample: SearchSample;
    if (size === 'site') {
      const posts = loadPosts(loadSite(options.siteDir)).length;
      log(`search: building this site (${posts} posts)`);
      sample = { site: 'this site', ...(await buildAndMeasure(options.siteDir, posts, SITE_QUERIES)) };
    } else {
      log(`search: building ${size} synthetic posts`);
      const site = ourSite(options.siteDir, size);
      try {
        sample = { site: 'synthetic', ...(await buildAndMeasure(site.dir, size, CORPUS_QUERIES)) };
      } finally {
        if (options.keep) log(`  kept ${site.dir}`);
        else site.dispose();
      }
    }
    log(
      `  first query ${kb(sample.first.bytes)} KB; later ${sample.later.map((cost) => kb(cost.bytes)).join(', ')} KB`,
    );
    samples.push(sample);
  }
  return { rows: samples.map(row), samples };
}

/** `site,1000` → ['site', 1000] */
export function parseSearchSizes(text: string): SearchSize[] {
  return text.split(',').map((part) => {
    if (part === 'site') return 'site';
    const posts = Number(part);
    if (!Number.isInteger(posts) || posts < 1) throw new Error(`search size ${part}: use a post count or "site"`);
    return posts;
  });
}

/** `94.7 (84.1)`: all bytes, then bodies alone. */
const both = (bytes: number, bodyBytes: number) => `${kb(bytes)} (${kb(bodyBytes)})`;

function row(sample: SearchSample): Row {
  const later = (pick: (cost: QueryCost) => number) => sample.later.map(pick);
  const wire = later((cost) => cost.bytes);
  const bodies = later((cost) => cost.bodyBytes);
  return {
    site: sample.site,
    posts: sample.posts,
    'first query KB (bodies)': both(sample.first.bytes, sample.first.bodyBytes),
    requests: sample.first.requests,
    'later query KB, median (bodies)': both(median(wire), median(bodies)),
    'later query KB, max (bodies)': both(Math.max(...wire), Math.max(...bodies)),
    'ms to first results': Math.round(sample.first.msToResults),
    'indexing s': (sample.indexMs / 1000).toFixed(1),
    'indexer CPU s': (sample.indexCpuMs / 1000).toFixed(1),
    'indexer peak MB': Math.round(sample.indexerPeakRssBytes / 1024 ** 2),
    'build s': (sample.buildMs / 1000).toFixed(0),
  };
}
