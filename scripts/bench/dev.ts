/**
 * The writing loop (`npm run bench -- --only dev --sizes 3,1000`): an author's `npm start` and
 * saves, on our site and on the stock configuration with the same synthetic posts
 * (scripts/bench/sites.ts), one side after the other, Chromium watching the page:
 *
 * - start: from starting `docusaurus start` until a story's title shows in Chromium;
 * - edit: from saving the story (written beside it, renamed over it, as editors save) until the
 *   new words show on the open page, `--edits` times (median and max);
 * - notice (ours only): from a save that breaks a link until the content checks' notice shows on
 *   the page, and how long after the same save's words showed;
 * - peak memory of the dev server's process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { loadSite, postRoute } from '@sde/content-engine';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { treeRss } from './measure';
import { ourSite, stockSite, type TempSite } from './sites';
import { median, ratio, type Row } from './stats';

export type DevSide = 'ours' | 'stock';

export interface DevRun {
  side: DevSide;
  posts: number;
  /** Start until the story shows; NaN when it never did. */
  startMs: number;
  /** Save until the edit shows, each edit. */
  editMs: number[];
  /** Save until the checks' notice shows (ours), and how long after the save's words. */
  noticeMs?: number;
  noticeAfterEditMs?: number;
  peakRssBytes: number;
  error?: string;
}

export interface DevBenchOptions {
  siteDir: string;
  sizes: number[];
  edits: number;
  /** Ours listens here, stock on the next port. */
  port: number;
  keep: boolean;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const START_TIMEOUT_MS = 600_000;
const SHOW_TIMEOUT_MS = 60_000;

/** The story the author works on: the first synthetic post, by file name. */
function storyOf(dir: string, side: DevSide): { file: string; route: string; title: string; text: string } {
  const site = loadSite(dir);
  const blog = join(dir, site.blog.path);
  const name = readdirSync(blog)
    .filter((file) => /^story-.*\.md$/.test(file))
    .sort()[0]!;
  const file = join(blog, name);
  const text = readFileSync(file, 'utf8');
  const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(text)![1]!.trim();
  const slug = field('slug');
  return { file, route: side === 'ours' ? postRoute(site, slug) : `/blog/${slug}`, title: field('title'), text };
}

/** Saves `text` as editors do: beside the file, then renamed over it. */
function save(file: string, text: string): void {
  writeFileSync(`${file}.saving`, text);
  renameSync(`${file}.saving`, file);
}

/** Waits until `test` holds on the page, through reloads; the time it took, or NaN. */
async function until(
  page: Page,
  test: (arg: string) => boolean,
  arg: string,
  timeoutMs = SHOW_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(test, arg, { polling: 25, timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (caught) {
      // A full reload destroys the context the wait ran in: wait again on the new page.
      if (Date.now() >= deadline || !/context was destroyed|navigation/i.test(String(caught))) throw caught;
      await sleep(25);
    }
  }
}

// Run in the page (a function, not a string: Playwright would take a string for an expression).
const SHOWS_TEXT = (words: string) => document.body?.innerText.includes(words) ?? false;
const SHOWS_NOTICE = () => document.querySelector('[data-content-checks-notice]') !== null;

function startServer(dir: string, port: number): ChildProcess {
  return spawn(
    join(dir, 'node_modules', '.bin', 'docusaurus'),
    ['start', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || !server.pid) return;
  const exited = once(server, 'exit');
  process.kill(-server.pid, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done) process.kill(-server.pid, 'SIGKILL');
}

/** One side at one size: start, edits, notice, memory. */
async function runSide(site: TempSite, side: DevSide, posts: number, options: DevBenchOptions): Promise<DevRun> {
  const port = options.port + (side === 'ours' ? 0 : 1);
  const story = storyOf(site.dir, side);
  const origin = `http://127.0.0.1:${port}`;
  const run: DevRun = { side, posts, startMs: NaN, editMs: [], peakRssBytes: 0 };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const started = performance.now();
  const server = startServer(site.dir, port);
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  server.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const sampler = setInterval(() => {
    if (server.pid) run.peakRssBytes = Math.max(run.peakRssBytes, treeRss(server.pid));
  }, 200);
  try {
    const page = await browser.newPage();
    // The dev server refuses connections until it listens, then holds requests until it has compiled.
    for (;;) {
      if (server.exitCode !== null) throw new Error(`docusaurus start exited (${server.exitCode}): ${output}`);
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error('the dev server did not answer');
      try {
        await page.goto(`${origin}${story.route}`, { timeout: START_TIMEOUT_MS });
        break;
      } catch (caught) {
        // Refused, reset or empty until the server listens; Chromium may also show its error page.
        if (!/ERR_CONNECTION|ERR_EMPTY_RESPONSE|chrome-error|interrupted/.test(String(caught))) throw caught;
        await sleep(50);
      }
    }
    await until(page, SHOWS_TEXT, story.title, START_TIMEOUT_MS);
    run.startMs = performance.now() - started;
    options.log(`dev ${side} ${posts}: story shows after ${(run.startMs / 1000).toFixed(1)} s`);
    await sleep(2_000);

    const edited = (words: string, extra = '') => `${story.text.replace(/\n*$/, '')}\n\n${words}${extra}\n`;
    for (let i = 1; i <= options.edits; i++) {
      const words = `Saved edit ${i} ${Math.random().toString(36).slice(2, 8)}.`;
      const at = performance.now();
      save(story.file, edited(words));
      await until(page, SHOWS_TEXT, words);
      run.editMs.push(performance.now() - at);
      options.log(`dev ${side} ${posts}: edit ${i} shows after ${Math.round(run.editMs.at(-1)!)} ms`);
      await sleep(1_500);
    }

    if (side === 'ours') {
      const words = `Saved with a broken link ${Math.random().toString(36).slice(2, 8)}.`;
      const at = performance.now();
      save(story.file, edited(words, ' See [a page that is gone](/blog/no-such-story-anywhere).'));
      const [shown, notice] = await Promise.all([
        until(page, SHOWS_TEXT, words).then(() => performance.now() - at),
        until(page, SHOWS_NOTICE, '').then(() => performance.now() - at),
      ]);
      run.noticeMs = notice;
      run.noticeAfterEditMs = notice - shown;
      options.log(`dev ${side} ${posts}: notice shows after ${Math.round(notice)} ms`);
    }
  } catch (caught) {
    run.error = (caught as Error).message.split('\n')[0];
    options.log(`dev ${side} ${posts}: ${run.error}`);
  } finally {
    clearInterval(sampler);
    save(story.file, story.text);
    await stopServer(server);
    await browser.close();
  }
  return run;
}

/** Both sides at each size, ours first. */
export async function runDevBench(options: DevBenchOptions): Promise<DevRun[]> {
  const runs: DevRun[] = [];
  for (const posts of options.sizes) {
    for (const side of ['ours', 'stock'] as const) {
      options.log(`dev ${side} ${posts}: making the site`);
      const site = side === 'ours' ? ourSite(options.siteDir, posts) : stockSite(options.siteDir, posts);
      try {
        runs.push(await runSide(site, side, posts, options));
      } finally {
        if (options.keep) options.log(`kept ${site.dir}`);
        else site.dispose();
      }
    }
  }
  return runs;
}

const seconds = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(2));

/** One row per size: each figure for ours and stock, and ours/stock. */
export function devRows(runs: DevRun[]): Row[] {
  const rows: Row[] = [];
  for (const posts of [...new Set(runs.map((run) => run.posts))]) {
    const ours = runs.find((run) => run.posts === posts && run.side === 'ours');
    const stock = runs.find((run) => run.posts === posts && run.side === 'stock');
    const figure = (name: string, of: (run: DevRun) => number | undefined, unit: (value?: number) => string) => {
      const a = ours && of(ours);
      const b = stock && of(stock);
      rows.push({
        posts,
        figure: name,
        ours: unit(a),
        stock: unit(b),
        'ours/stock': a !== undefined && b !== undefined && !Number.isNaN(a) && !Number.isNaN(b) ? ratio(a, b) : '–',
      });
    };
    const edits = (run: DevRun) => (run.editMs.length ? median(run.editMs) : undefined);
    figure('start until a story shows (s)', (run) => run.startMs, seconds);
    figure(`save until the edit shows, median of ${ours?.editMs.length ?? 0} (s)`, edits, seconds);
    figure(
      'save until the edit shows, max (s)',
      (run) => (run.editMs.length ? Math.max(...run.editMs) : undefined),
      seconds,
    );
    figure(
      'peak memory of the dev server (MB)',
      (run) => run.peakRssBytes,
      (value) => (value === undefined ? '–' : String(Math.round(value / 1024 ** 2))),
    );
    figure('save with a broken link until the notice shows (s)', (run) => run.noticeMs, seconds);
    figure('… after the same save’s words show (s)', (run) => run.noticeAfterEditMs, seconds);
  }
  return rows;
}
