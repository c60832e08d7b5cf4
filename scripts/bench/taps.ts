/**
 * Taps benchmark: how long a tap waits for the page at any moment of a visit, on a phone.
 *
 * A 390×844 touch phone in Chromium at 4× CPU throttling opens a page in a fresh context (nothing
 * cached). 500 ms after the load event the reader scrolls once with the wheel, the first input;
 * then, at an offset after that scroll (0 to 3,000 ms in steps of 300 by default), taps the menu
 * button (`.navbar__toggle`) once, at coordinates read before the scroll, so the tap is sent on
 * time whatever the page is doing. Its latency is the longest Event Timing entry of that tap's
 * interaction (input to next paint, scripts/lib/input-timing.ts); a tap with no entry of 16 ms or
 * more is recorded as 16 ms. Each cell is the median of the visits, the maximum in brackets.
 *
 * Then a scripted visit of each page, recording every long task: load, scroll, open the menu,
 * switch the colour mode in it, close it, tap the search box and type a word, tap "Copy as
 * Markdown" where there is one, and follow a link to a story. A step the page cannot do (stock has
 * no search box) is skipped and named in the table.
 *
 * Ours and stock are visited interleaved, the order reversed on every other visit, so that a change
 * in the shared machine's load falls on both alike. The pure parts (argument parsing, the choice
 * of a link, the tables) are exported for test/unit/bench-taps.test.ts.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import {
  answered,
  blocking,
  inputRecorder,
  readInputTiming,
  TAP_EVENTS,
  tapLatency,
  tapNextFrameMs,
  tapReport,
  until,
  type InputTiming,
} from '../lib/input-timing';
import { startStaticServer, type RunningServer } from '../serve/static-server';
import { median, ratio, type Row } from './stats';
import type { PageType } from './weight';

/** Page types by the names `--pages` takes, each the `type` scripts/bench/weight.ts gives it. */
export const TAP_PAGES: Record<string, string> = {
  home: 'home',
  story: 'post',
  tags: 'tags index',
  tag: 'tag page',
  author: 'author page',
  docs: 'docs page',
};

/** 0 to 3,000 ms after the scroll, every 300 ms. */
export const DEFAULT_OFFSETS = Array.from({ length: 11 }, (_, index) => index * 300);

export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  colorScheme: 'light',
} as const;
export const CPU_THROTTLING = 4;
export const SCROLL_AFTER_LOAD_MS = 500;
const SCROLL_PX = 400;
/** A tap is answered (and drawn) far sooner; past this the visit is reported as failed. */
const ANSWER_TIMEOUT_MS = 10_000;
/** How long, once the page has painted after the click, to wait for Event Timing's report of it. */
const REPORT_WAIT_MS = 250;
/**
 * A reader's pause between two steps of the scripted visit: over a second, so that a page which
 * waits for a quiet moment before running its scripts (ours) runs them during the visit.
 */
const STEP_PAUSE_MS = 1200;
/** After the last step: the story's page loads and settles. */
const SETTLE_MS = 2500;
const KEY_DELAY_MS = 80;

const MENU_BUTTON = '.navbar__toggle';
const MENU_OPEN = `Boolean(document.querySelector('.navbar-sidebar--show') || document.querySelector('${MENU_BUTTON}[aria-expanded="true"]'))`;
/** On a phone the colour-mode toggle is in the opened menu, on our site and on stock's. */
const COLOUR_TOGGLE =
  '.navbar-sidebar button[class*="toggle" i]:not(.navbar__toggle), .navbar-sidebar button[aria-label*="dark and light" i]';
const MENU_CLOSE = '.navbar-sidebar button[aria-label*="close" i], .navbar-sidebar__close';
const SEARCH_BOX = 'input[type="search"]';
/** Visible links outside the (closed) menu: the raw href, and the path it resolves to. */
const VISIBLE_LINKS = `Array.prototype.slice.call(document.querySelectorAll('a[href]')).filter(function (a) {
  var box = a.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && !a.closest('.navbar-sidebar');
}).map(function (a) { return { href: a.getAttribute('href'), path: a.pathname }; })`;

// ---------------------------------------------------------------------------------------------
// Pure parts

/** `0,300,1200` → [0, 300, 1200]: whole milliseconds, each at most once, in the order given. */
export function parseOffsets(text: string): number[] {
  const offsets = text.split(',').map((part) => {
    const ms = Number(part);
    if (part.trim() === '' || !Number.isInteger(ms) || ms < 0 || ms > 60_000) {
      throw new Error(`offset "${part}": use whole milliseconds from 0 to 60000`);
    }
    return ms;
  });
  if (new Set(offsets).size !== offsets.length) throw new Error(`an offset is given twice in "${text}"`);
  return offsets;
}

/** `story,home` → the page types they name (see TAP_PAGES). */
export function parsePageNames(text: string): string[] {
  return text.split(',').map((name) => {
    const type = TAP_PAGES[name.trim()];
    if (!type) throw new Error(`no page type "${name}"; use ${Object.keys(TAP_PAGES).join(', ')}`);
    return type;
  });
}

/** The page types the taps bench visits: the six reader pages (not the archive), or those asked for. */
export function tapPages(pages: readonly PageType[], only?: readonly string[]): PageType[] {
  const wanted = new Set(only ?? Object.values(TAP_PAGES));
  return pages.filter((page) => wanted.has(page.type));
}

/** `/blog/a-story/`, `/blog/a-story.html` and `/blog/a-story` are one page. */
export function normalisePath(path: string): string {
  const bare = path
    .split(/[?#]/)[0]!
    .replace(/\/index\.html$|\.html$/, '')
    .replace(/\/+$/, '');
  return bare === '' ? '/' : bare;
}

/**
 * The link to follow to a story: the first whose path is a story's (`stories`, as served) and not
 * the page's own, or undefined when the page shows none.
 */
export function storyLink(
  links: readonly { href: string; path: string }[],
  stories: readonly string[],
  currentPath: string,
): { href: string; path: string } | undefined {
  const known = new Set(stories.map(normalisePath));
  const here = normalisePath(currentPath);
  return links.find((link) => known.has(normalisePath(link.path)) && normalisePath(link.path) !== here);
}

/** Median and maximum of some figures, rounded: `64 (72)`; `–` for none. */
export function medianMax(values: readonly number[]): string {
  if (values.length === 0) return '–';
  return `${Math.round(median(values))} (${Math.round(Math.max(...values))})`;
}

export type Side = 'ours' | 'stock' | 'site';

/** One tap of one visit. */
export interface TapSample {
  target: string;
  side: Side;
  posts: number | 'site';
  page: string;
  path: string;
  /** When the tap was sent, in ms after the scroll was. */
  offsetMs: number;
  visit: number;
  /** Latency: the longest Event Timing entry of the tap's interaction, or 16 (`fromEventTiming` false). */
  ms: number;
  fromEventTiming: boolean;
  /** In-page time from each of the tap's events to the next frame, the slowest. */
  nextFrameMs: number | null;
  /** The tap's pointerdown after the wheel event, in the page's own clock. */
  measuredOffsetMs: number | null;
  /** Whether the menu was open after the tap: a tap the page ignores is fast too. */
  opened: boolean;
  error?: string;
}

/** One scripted visit. */
export interface VisitSample {
  target: string;
  side: Side;
  posts: number | 'site';
  page: string;
  path: string;
  visit: number;
  /** Durations of the visit's long tasks, in ms. */
  longTasks: number[];
  /** Steps the page offered no way to do. */
  skipped: string[];
  /** What went wrong on the way (a menu that would not close), the visit carrying on. */
  problems: string[];
  error?: string;
}

const sidesOf = (samples: readonly { side: Side }[]): Side[] =>
  (['ours', 'stock', 'site'] as const).filter((side) => samples.some((sample) => sample.side === side));
const sizesOf = (samples: readonly { posts: number | 'site' }[]) => [...new Set(samples.map((s) => s.posts))];
const typesOf = (samples: readonly { page: string }[]) => [...new Set(samples.map((s) => s.page))];
const over = (values: readonly number[], ms: number) =>
  `${values.filter((value) => value > ms).length}/${values.length}`;

/**
 * One table per size: a row for each page type and side (ours beside stock), a column for each
 * offset with the median latency of the visits and the maximum in brackets.
 */
export function tapTables(samples: readonly TapSample[]): { posts: number | 'site'; rows: Row[] }[] {
  const good = samples.filter((sample) => !sample.error);
  const offsets = [...new Set(samples.map((sample) => sample.offsetMs))].sort((a, b) => a - b);
  return sizesOf(samples).map((posts) => {
    const rows: Row[] = [];
    for (const page of typesOf(samples.filter((sample) => sample.posts === posts))) {
      for (const side of sidesOf(samples)) {
        const mine = good.filter((s) => s.posts === posts && s.page === page && s.side === side);
        const failed = samples.filter((s) => s.posts === posts && s.page === page && s.side === side && s.error);
        if (mine.length === 0 && failed.length === 0) continue;
        const row: Row = { page, side };
        for (const offset of offsets) {
          row[`${offset} ms`] = medianMax(mine.filter((s) => s.offsetMs === offset).map((s) => s.ms));
        }
        row['menu opened'] = `${mine.filter((s) => s.opened).length}/${mine.length}`;
        row['failed visits'] = failed.length;
        rows.push(row);
      }
    }
    return { posts, rows };
  });
}

/**
 * A row per size and page type, ours beside stock: the worst offset's median, the ratio of those,
 * the slowest tap of all, and how many taps went over 100 and 200 ms.
 */
export function tapSummary(samples: readonly TapSample[]): Row[] {
  const good = samples.filter((sample) => !sample.error);
  const sides = sidesOf(samples);
  const rows: Row[] = [];
  for (const posts of sizesOf(samples)) {
    for (const page of typesOf(samples.filter((sample) => sample.posts === posts))) {
      const row: Row = { posts, page };
      const worst = new Map<Side, number>();
      for (const side of sides) {
        const mine = good.filter((s) => s.posts === posts && s.page === page && s.side === side);
        const byOffset = [...new Set(mine.map((s) => s.offsetMs))].map((offset) =>
          median(mine.filter((s) => s.offsetMs === offset).map((s) => s.ms)),
        );
        worst.set(side, byOffset.length ? Math.max(...byOffset) : Number.NaN);
        row[`${side} worst median ms`] = byOffset.length ? Math.round(worst.get(side)!) : '–';
      }
      if (sides.includes('ours') && sides.includes('stock')) {
        row['ours / stock'] = ratio(worst.get('ours')!, worst.get('stock')!);
      }
      for (const side of sides) {
        const ms = good.filter((s) => s.posts === posts && s.page === page && s.side === side).map((s) => s.ms);
        row[`${side} slowest ms`] = ms.length ? Math.round(Math.max(...ms)) : '–';
        row[`${side} taps > 100 ms`] = over(ms, 100);
        row[`${side} taps > 200 ms`] = over(ms, 200);
      }
      rows.push(row);
    }
  }
  return rows;
}

/**
 * A row per size and page type, ours beside stock: the scripted visit's long tasks (count, the
 * longest, total blocking time), each the median of the visits with the maximum in brackets, and
 * the steps a side could not do.
 */
export function blockingRows(visits: readonly VisitSample[]): Row[] {
  const sides = sidesOf(visits);
  const rows: Row[] = [];
  for (const posts of sizesOf(visits)) {
    for (const page of typesOf(visits.filter((visit) => visit.posts === posts))) {
      const row: Row = { posts, page };
      const of = (side: Side) =>
        visits.filter((v) => v.posts === posts && v.page === page && v.side === side && !v.error);
      const figures = (side: Side) =>
        of(side).map((visit) => blocking(visit.longTasks.map((duration) => ({ duration }))));
      for (const side of sides) row[`${side} long tasks`] = medianMax(figures(side).map((f) => f.count));
      for (const side of sides) row[`${side} longest ms`] = medianMax(figures(side).map((f) => f.longestMs));
      for (const side of sides) row[`${side} TBT ms`] = medianMax(figures(side).map((f) => f.totalBlockingMs));
      if (sides.includes('ours') && sides.includes('stock')) {
        const tbt = (side: Side) => median(figures(side).map((f) => f.totalBlockingMs));
        row['TBT ours / stock'] = ratio(tbt('ours'), tbt('stock'));
      }
      const notes: string[] = [];
      for (const side of sides) {
        const skipped = [...new Set(of(side).flatMap((visit) => visit.skipped))];
        if (skipped.length) notes.push(`${side}: no ${skipped.join(', no ')}`);
        const problems = new Map<string, number>();
        for (const problem of of(side).flatMap((visit) => visit.problems)) {
          problems.set(problem, (problems.get(problem) ?? 0) + 1);
        }
        for (const [problem, count] of problems) notes.push(`${side}: ${problem} (${count}/${of(side).length})`);
        const failed = visits.filter((v) => v.posts === posts && v.page === page && v.side === side && v.error);
        if (failed.length) notes.push(`${side}: ${failed.length} visit(s) failed`);
      }
      row['steps not done'] = notes.join('; ') || 'none';
      rows.push(row);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The browser

/** A build to visit: its pages, its stories' paths (to pick a link to one) and a word to search. */
export interface TapTarget {
  label: string;
  side: Side;
  posts: number | 'site';
  buildDir: string;
  pages: PageType[];
  stories: string[];
  query: string;
}

export interface TapsOptions {
  targets: TapTarget[];
  offsets: number[];
  visits: number;
  log?: (line: string) => void;
}

const now = () => performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
const sleepUntil = (at: number) => sleep(at - now());
const describe = (caught: unknown) => (caught instanceof Error ? caught.message.split('\n')[0]! : String(caught));

interface Phone {
  context: BrowserContext;
  page: Page;
  /** When the load event had fired (Node's clock). */
  loadedAt: number;
}

/** A fresh context (no cache, no storage), the recorder in it, the CPU throttled, the page loaded. */
async function openPhone(browser: Browser, url: string, permissions: string[] = []): Promise<Phone> {
  const context = await browser.newContext({ ...PHONE, permissions });
  context.setDefaultTimeout(15_000);
  try {
    await context.addInitScript(inputRecorder(['wheel', ...TAP_EVENTS]));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    return { context, page, loadedAt: now() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

const timing = async (page: Page, clear = false) => (await page.evaluate(readInputTiming(clear))) as InputTiming | null;

/** One visit: load, scroll, and a tap on the menu button `offsetMs` after the scroll. */
async function tapVisit(
  browser: Browser,
  url: string,
  offsetMs: number,
): Promise<Pick<TapSample, 'ms' | 'fromEventTiming' | 'nextFrameMs' | 'measuredOffsetMs' | 'opened'>> {
  const { context, page, loadedAt } = await openPhone(browser, url);
  try {
    const box = await page.locator(MENU_BUTTON).first().boundingBox();
    if (!box) throw new Error('no menu button on the page');
    await sleepUntil(loadedAt + SCROLL_AFTER_LOAD_MS);
    const scrolledAt = now();
    await page.mouse.wheel(0, SCROLL_PX);
    await sleepUntil(scrolledAt + offsetMs);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await until(() => page.evaluate(answered('click')), ANSWER_TIMEOUT_MS, 'the page painted after the tap');
    // Event Timing reports the tap once its frame is on screen; a tap under 16 ms is never reported.
    const { recorded, since } = await tapReport(async () => (await timing(page))!, 1, REPORT_WAIT_MS);
    const wheel = recorded.inputs.find((input) => input.type === 'wheel');
    return {
      ...tapLatency(recorded.events, since),
      nextFrameMs: tapNextFrameMs(recorded.inputs, since) ?? null,
      measuredOffsetMs: wheel && Number.isFinite(since) ? since - wheel.at : null,
      opened: (await page.evaluate(MENU_OPEN)) as boolean,
    };
  } finally {
    await context.close();
  }
}

/** The first of `locator`'s elements that shows within `ms`, or undefined. */
async function shown(locator: Locator, ms = 3000): Promise<Locator | undefined> {
  const first = locator.filter({ visible: true }).first();
  try {
    await first.waitFor({ state: 'visible', timeout: ms });
    return first;
  } catch {
    return undefined;
  }
}

/** The scripted visit of one page: every long task from load to a story opened from it. */
async function scriptedVisit(
  browser: Browser,
  origin: string,
  target: TapTarget,
  page: PageType,
): Promise<Pick<VisitSample, 'longTasks' | 'skipped' | 'problems'>> {
  const {
    context,
    page: tab,
    loadedAt,
  } = await openPhone(browser, `${origin}${page.path}`, ['clipboard-read', 'clipboard-write']);
  const longTasks: number[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  const drain = async () => {
    for (const task of (await timing(tab, true))?.longTasks ?? []) longTasks.push(task.duration);
  };
  /** Does a step; one the page offers no way to do is named in `skipped`. */
  const step = async (name: string, action: () => Promise<boolean>) => {
    let done: boolean;
    try {
      done = await action();
    } catch (error) {
      throw new Error(`${name}: ${describe(error)}`);
    }
    if (done) await sleep(STEP_PAUSE_MS);
    else skipped.push(name);
  };
  try {
    await sleepUntil(loadedAt + SCROLL_AFTER_LOAD_MS);
    await tab.mouse.wheel(0, SCROLL_PX);
    await sleep(STEP_PAUSE_MS);
    await step('menu', async () => {
      const button = await shown(tab.locator(MENU_BUTTON));
      if (!button) return false;
      await button.tap();
      await until(() => tab.evaluate(MENU_OPEN), 15_000, 'the menu opened');
      return true;
    });
    await step('colour-mode toggle in the menu', async () => {
      const toggle = await shown(tab.locator(COLOUR_TOGGLE));
      if (!toggle) return false;
      await toggle.tap();
      return true;
    });
    await step('menu close button', async () => {
      const close = await shown(tab.locator(MENU_CLOSE));
      if (!close) return false;
      await close.tap();
      const closed = await until(() => tab.evaluate(`!(${MENU_OPEN})`), 3000, 'the menu closed').then(
        () => true,
        () => false,
      );
      if (closed) return true;
      // Tapping beside the menu closes it otherwise; the rest of the visit needs the page.
      problems.push('menu stayed open after its close button');
      await tab.touchscreen.tap(PHONE.viewport.width - 10, PHONE.viewport.height / 2);
      return true;
    });
    await step('search box', async () => {
      const box = await shown(tab.locator(SEARCH_BOX), 1000);
      if (!box) return false;
      await box.tap();
      await tab.keyboard.type(target.query, { delay: KEY_DELAY_MS });
      await tab.keyboard.press('Escape');
      return true;
    });
    await step('Copy as Markdown', async () => {
      const copy = await shown(tab.getByRole('button', { name: /copy as markdown/i }), 1000);
      if (!copy) return false;
      await copy.tap();
      return true;
    });
    const link = storyLink(
      (await tab.evaluate(VISIBLE_LINKS)) as { href: string; path: string }[],
      target.stories,
      page.path,
    );
    if (link) {
      await drain();
      await tab
        .locator(`a[href=${JSON.stringify(link.href)}]`)
        .filter({ visible: true })
        .first()
        .tap();
      await tab.waitForURL((url) => normalisePath(url.pathname) === normalisePath(link.path));
    } else skipped.push('link to a story');
    await sleep(SETTLE_MS);
    await drain();
    return { longTasks, skipped, problems };
  } finally {
    await context.close();
  }
}

/**
 * Visits every target's pages: first each page once unthrottled (the server compresses each file
 * on its first request, and Chromium starts up), not counted; then `visits` rounds of a tap at
 * every offset on every page; then `visits` scripted visits of every page.
 */
export async function runTapsMatrix(options: TapsOptions): Promise<{ taps: TapSample[]; visits: VisitSample[] }> {
  const log = options.log ?? (() => {});
  const { targets, offsets } = options;
  const servers: RunningServer[] = await Promise.all(
    targets.map((target) => startStaticServer(target.buildDir, 0, {}, { compress: true })),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const taps: TapSample[] = [];
  const visits: VisitSample[] = [];
  const types = [...new Set(targets.flatMap((target) => target.pages.map((page) => page.type)))];
  try {
    for (const [index, target] of targets.entries()) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      for (const one of target.pages) await page.goto(`${servers[index]!.url}${one.path}`, { waitUntil: 'load' });
      await context.close();
    }
    const order = (visit: number) => {
      const indices = targets.map((_, index) => index);
      return visit % 2 === 1 ? indices.reverse() : indices;
    };
    /** Each side's page of `type` for this visit (in alternating order), with what its records say of it. */
    const pagesOf = (visit: number, type: string) =>
      order(visit).flatMap((index) => {
        const target = targets[index]!;
        const page = target.pages.find((candidate) => candidate.type === type);
        if (!page) return [];
        const about = { target: target.label, side: target.side, posts: target.posts, page: type, path: page.path };
        return [{ index, target, page, about }];
      });
    for (let visit = 0; visit < options.visits; visit++) {
      for (const type of types) {
        for (const offsetMs of offsets) {
          for (const { index, target, page, about } of pagesOf(visit, type)) {
            try {
              const tap = await tapVisit(browser, `${servers[index]!.url}${page.path}`, offsetMs);
              taps.push({ ...about, offsetMs, visit, ...tap });
              log(
                `taps visit ${visit + 1}: ${target.label} ${page.path} tap ${offsetMs} ms after the scroll` +
                  ` (${tap.measuredOffsetMs === null ? '?' : Math.round(tap.measuredOffsetMs)} in the page):` +
                  ` ${tap.fromEventTiming ? '' : '< '}${Math.round(tap.ms)} ms` +
                  (tap.opened ? '' : ', menu not opened'),
              );
            } catch (error) {
              taps.push({
                ...about,
                offsetMs,
                visit,
                ms: Number.NaN,
                fromEventTiming: false,
                nextFrameMs: null,
                measuredOffsetMs: null,
                opened: false,
                error: describe(error),
              });
              log(`taps visit ${visit + 1}: ${target.label} ${page.path} at ${offsetMs} ms failed: ${describe(error)}`);
            }
          }
        }
      }
    }
    for (let visit = 0; visit < options.visits; visit++) {
      for (const type of types) {
        for (const { index, target, page, about } of pagesOf(visit, type)) {
          try {
            const one = await scriptedVisit(browser, servers[index]!.url, target, page);
            visits.push({ ...about, visit, ...one });
            const figures = blocking(one.longTasks.map((duration) => ({ duration })));
            log(
              `scripted visit ${visit + 1}: ${target.label} ${page.path}: ${figures.count} long tasks, longest ${Math.round(figures.longestMs)} ms, TBT ${Math.round(figures.totalBlockingMs)} ms` +
                (one.skipped.length ? ` (no ${one.skipped.join(', no ')})` : '') +
                (one.problems.length ? `; ${one.problems.join('; ')}` : ''),
            );
          } catch (error) {
            visits.push({ ...about, visit, longTasks: [], skipped: [], problems: [], error: describe(error) });
            log(`scripted visit ${visit + 1}: ${target.label} ${page.path} failed: ${describe(error)}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  return { taps, visits };
}
