/**
 * A tap is answered within 200 ms at any moment of a visit on a phone's CPU (Chrome's CPU
 * throttling at 4×), not only the reader's first input (first-input.spec.ts): whatever the page
 * does after that input (running its scripts, say), it must not hold a tap up for longer.
 *
 * Each visit is a fresh context (nothing cached, as a reader arriving): the page loads, 500 ms
 * later the reader scrolls once with the wheel (the first input), and at an offset after that
 * scroll taps the menu button; once the menu is open, the colour-mode toggle in it. The offsets
 * run from 0 to 2.4 s, over the time when a page that waits for a quiet second after the first
 * input runs its scripts (today about 1.0 to 1.8 s after it). Taps are sent at coordinates read
 * before the scroll, without waiting for the page, as a finger does not wait.
 *
 * A tap's time is its input to next paint as Chrome's Event Timing reports it (the longest entry
 * of the tap's interaction), or the in-page time from its events to the next frame where Chrome
 * reports nothing under 16 ms (test/e2e/input-timing.ts); both are printed. An offset where either
 * tap is over budget is measured again on a fresh page, up to twice; the test fails when one stays
 * over every time. Work that blocks for a few hundred ms at a moment that moves by 100 ms or more
 * from visit to visit (a script evaluated a second after the reader's last input) is caught when
 * a tap lands in it at the same offset three times: a page that does such work fails most runs,
 * not necessarily every one; a page that does none passes every run.
 *
 * The page is found by its DOM alone (`.navbar__toggle`, a button in the opened
 * `.navbar-sidebar`), not by how its scripts are built.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { TAP_EVENTS } from '../../scripts/lib/input-timing';
import { expect, lockedPostUrls, ROUTES, test, watchPage } from './fixtures';
import { describeTap, recordInputToPaint, tapAt, throttle, type TapTime } from './input-timing';

const BUDGET_MS = 200;
/**
 * Every 300 ms from 0 to 2.4 s on a story, and in between on the home page (150 ms later): the two
 * pages together try the whole span every 150 ms, at the cost of one page's visits each.
 */
const STORY_OFFSETS_MS = [0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400];
const HOME_OFFSETS_MS = [150, 450, 750, 1050, 1350, 1650, 1950, 2250];
const REMEASURES = 2;
const SCROLL_AFTER_LOAD_MS = 500;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light' } as const;

const MENU_BUTTON = '.navbar__toggle';
const MENU_OPEN = `Boolean(document.querySelector('.navbar-sidebar--show') || document.querySelector('${MENU_BUTTON}[aria-expanded="true"]'))`;
const COLOUR_TOGGLE =
  '.navbar-sidebar button[class*="toggle" i]:not(.navbar__toggle), .navbar-sidebar button[aria-label*="dark and light" i]';

// This spec measures again itself, one offset at a time; the timing project's retries would
// repeat every offset.
test.describe.configure({ retries: 0 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const centre = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/** Where `locator` is once it has stopped moving (the menu slides in) and is on screen. */
async function settledBox(locator: Locator) {
  let last = await locator.boundingBox();
  for (let i = 0; i < 40; i++) {
    await sleep(50);
    const box = await locator.boundingBox();
    if (box && last && box.x === last.x && box.y === last.y && box.x >= 0) return box;
    last = box;
  }
  throw new Error('the colour-mode toggle never came to rest in the menu');
}

/** What the colour-mode toggle changes: the choice and theme on <html>, and the toggle's label. */
const colourState = (page: Page, toggle: Locator) =>
  Promise.all([
    page.locator('html').getAttribute('data-theme-choice'),
    page.locator('html').getAttribute('data-theme'),
    toggle.getAttribute('aria-label'),
  ]).then((parts) => parts.join(' | '));

interface Visit {
  menu: TapTime;
  toggle: TapTime;
}

/** One visit: load, scroll, the menu button tapped `offsetMs` after the scroll, then the toggle in the menu. */
async function visit(browser: Browser, path: string, offsetMs: number, problems: string[]): Promise<Visit> {
  const context = await browser.newContext({ ...PHONE, baseURL: test.info().project.use.baseURL });
  try {
    const page = await context.newPage();
    await watchPage(page, problems);
    await recordInputToPaint(page, ['wheel', ...TAP_EVENTS]);
    await throttle(page, 4);
    await page.goto(path, { waitUntil: 'load' });
    const loadedAt = performance.now();
    const box = await page.locator(MENU_BUTTON).first().boundingBox();
    if (!box) throw new Error(`no menu button (${MENU_BUTTON}) on ${path}`);
    await sleep(loadedAt + SCROLL_AFTER_LOAD_MS - performance.now());
    const scrolledAt = performance.now();
    await page.mouse.wheel(0, 400);
    await sleep(scrolledAt + offsetMs - performance.now());
    const menu = await tapAt(page, centre(box), 1);
    await expect.poll(() => page.evaluate(MENU_OPEN), 'the tap opened the menu').toBe(true);
    const toggle = page.locator(COLOUR_TOGGLE).filter({ visible: true }).first();
    const before = await colourState(page, toggle);
    const toggleTime = await tapAt(page, centre(await settledBox(toggle)), 2);
    await expect.poll(() => colourState(page, toggle), 'the tap changed the colour mode').not.toBe(before);
    return { menu, toggle: toggleTime };
  } finally {
    await context.close();
  }
}

const PAGES: [string, () => string, number[]][] = [
  ['a story', () => lockedPostUrls()[0]!, STORY_OFFSETS_MS],
  ['the home page', () => ROUTES.home, HOME_OFFSETS_MS],
];

for (const [name, path, offsets] of PAGES) {
  test(`on ${name}, a tap on the menu button and the colour-mode toggle answers within ${BUDGET_MS} ms at any moment after the first scroll`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    test.info().annotations.push({ type: 'offsets', description: `${offsets.join(', ')} ms after the scroll` });
    const problems: string[] = [];
    const overBudget: string[] = [];
    const started = performance.now();
    let visits = 0;
    // The first page a browser opens pays for starting its renderer; it is loaded once, not measured.
    const warmUp = await browser.newContext({ ...PHONE, baseURL: test.info().project.use.baseURL });
    await (await warmUp.newPage()).goto(path(), { waitUntil: 'load' });
    await warmUp.close();
    for (const offsetMs of offsets) {
      const measured: string[] = [];
      for (let attempt = 0; attempt <= REMEASURES; attempt++) {
        const { menu, toggle } = await visit(browser, path(), offsetMs, problems);
        visits += 1;
        const line = `tap ${offsetMs} ms after the scroll: menu button ${describeTap(menu)}; colour-mode toggle ${describeTap(toggle)}`;
        console.log(`${test.info().title}: ${line}${attempt ? ` (measured again, ${attempt} of ${REMEASURES})` : ''}`);
        measured.push(line);
        if (menu.ms <= BUDGET_MS && toggle.ms <= BUDGET_MS) break;
        if (attempt === REMEASURES) overBudget.push(measured.join('\n  then '));
      }
    }
    console.log(`${test.info().title}: ${visits} visits in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    expect(problems, 'console errors and outside requests').toEqual([]);
    expect(overBudget, `taps over ${BUDGET_MS} ms in every measurement`).toEqual([]);
  });
}
