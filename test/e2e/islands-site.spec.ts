/**
 * The site's islands (src/islands/) on reader pages, which never hydrate: the navbar search box,
 * "Copy as Markdown" and the code blocks' copy button behave as the React components do on pages
 * that hydrate. search.spec.ts, code-blocks.spec.ts and llms.spec.ts hold the rest of what these
 * features promise; this spec holds what only the islands could get wrong. Words searched for are
 * chosen from the site under test, never pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { fencedBlocks } from '@sde/content-engine/markdown';
import {
  test,
  expect,
  bodyOnlyWord,
  docUrl,
  escapeRegExp,
  listedWord,
  lockedPostUrls,
  postUrl,
  ROUTES,
  SITE,
  SITE_DIR,
} from './fixtures';
import { expectIslandsOnly, scriptRequests, searchRequests } from './islands';

const TARGET = bodyOnlyWord();
const WORD = TARGET.word.toLowerCase();
const POST = postUrl(TARGET.post.frontMatter.slug);
const SEARCH = ROUTES.pages.search!;
const BOX = 'input.navbar__search-input';
/** What starting the site's islands may cost on a fast machine (src/islands/index.ts records it). */
const START_BUDGET_MS = 2;
const GUIDE_SOURCE = 'authoring/index.mdx';
const GUIDE = docUrl(GUIDE_SOURCE);

/** Pagefind's module as served, standing in for the real one: it searches once the page calls finishSearch(). */
const PAGEFIND_FINDING_NOTHING = [
  'export async function options() {}',
  'export async function init() {}',
  'export async function preload() {}',
  // Every search waits until the test calls finishSearch, then all of them (the box may have
  // started one per keystroke) find nothing, and so does any search after that.
  'let finished = false;',
  'const waiting = [];',
  'window.finishSearch = () => {',
  '  finished = true;',
  '  for (const resolve of waiting.splice(0)) resolve({ results: [] });',
  '};',
  'export function search() {',
  '  return finished ? Promise.resolve({ results: [] }) : new Promise((resolve) => waiting.push(resolve));',
  '}',
].join('\n');
/** ...and one whose index never loads, as when the reader's connection drops. */
const PAGEFIND_OFFLINE = [
  'export async function options() {}',
  'export async function init() { throw new Error("offline"); }',
].join('\n');

const popup = (page: Page) => page.locator('form[role="search"][data-search-box] > div').first();

test.describe('the search box on a page that never hydrates', () => {
  test('is an island: the page loads no page scripts, and the box answers', async ({ page }) => {
    const scripts = scriptRequests(page);
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(WORD);
    await expect(page.getByRole('option').first()).toContainText(TARGET.post.frontMatter.title);
    await expectIslandsOnly(page, scripts);
  });

  for (const [gesture, reach] of [
    ['pointing at', (box: Locator) => box.hover()],
    ['touching', (box: Locator) => box.dispatchEvent('touchstart')],
    ['focusing', (box: Locator) => box.focus()],
  ] as const) {
    test(`${gesture} the box starts loading Pagefind, and nothing before`, async ({ page }) => {
      const requests = searchRequests(page);
      await page.goto(ROUTES.home);
      await page.waitForLoadState('networkidle');
      expect(requests).toEqual([]);
      await reach(page.locator(BOX));
      await expect.poll(() => requests).toContain('/pagefind/pagefind.js');
    });
  }

  test('shows at most five results, each a title and an excerpt, counts them aloud, and links to them all', async ({
    page,
  }) => {
    const { word, pages } = listedWord();
    expect(pages).toBeGreaterThan(1);
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(word);
    const status = page.locator('form[role="search"] [role="status"]');
    await expect(status).toHaveText(/^\d+ results?$/);
    const total = Number((await status.textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThan(1);
    const options = page.getByRole('option');
    await expect(options).toHaveCount(Math.min(total, 5));
    for (const option of await options.all()) {
      const [title, excerpt] = await option.locator('span').all();
      expect((await title!.textContent())!.trim()).not.toEqual('');
      expect((await excerpt!.textContent())!.trim()).not.toEqual('');
    }
    // Pagefind marks the word where the excerpt holds it; a page matched by its title alone (on a
    // large site, say) has an excerpt without one.
    await expect(options.first().locator('span').nth(1).locator('mark').first()).toBeAttached();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const all = popup(page).getByRole('link', { name: total > 5 ? `All ${total} results` : 'Open on the search page' });
    await all.click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${SEARCH}?q=${word}`)}$`));
  });

  test('a one-letter query shows nothing; a longer one says it is searching, then that nothing matches', async ({
    page,
  }) => {
    // A Pagefind that finds nothing, and only when the test says so.
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: PAGEFIND_FINDING_NOTHING }),
    );
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(WORD[0]!);
    await expect(popup(page)).toBeHidden();
    await box.pressSequentially(WORD.slice(1));
    await expect(popup(page)).toHaveText('Searching…');
    await expect
      .poll(() => page.evaluate(() => typeof (window as { finishSearch?: unknown }).finishSearch))
      .toBe('function');
    await page.evaluate(() => (window as unknown as { finishSearch: () => void }).finishSearch());
    await expect(popup(page)).toHaveText(`No stories or docs match “${WORD}”.`);
    await expect(page.getByRole('option')).toHaveCount(0);
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('form[role="search"] [role="status"]')).toHaveText('0 results');
  });

  test('says so when search cannot load', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: PAGEFIND_OFFLINE }),
    );
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(WORD);
    await expect(popup(page)).toHaveText('Search could not load. Check the connection and try again.');
    await expect(page.getByRole('option')).toHaveCount(0);
  });

  test('Escape closes the results, then clears the box; focus leaving the box closes them', async ({ page }) => {
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(WORD);
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popup(page)).toBeHidden();
    await expect(box).toHaveValue(WORD);
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');

    await box.pressSequentially(WORD);
    await expect(page.getByRole('option').first()).toBeVisible();
    await page
      .locator('main')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await expect(popup(page)).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    // Focus coming back opens them again.
    await box.focus();
    await expect(page.getByRole('option').first()).toBeVisible();
  });

  test('arrows wrap round the results and keep the active one in step with the input', async ({ page }) => {
    const { word } = listedWord();
    await page.goto(GUIDE);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(word);
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    const count = await options.count();
    await page.keyboard.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.last().getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(options.filter({ has: page.locator('xpath=self::*[@aria-selected="true"]') })).toHaveCount(1);
    if (count > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expect(options.first()).toHaveAttribute('aria-selected', 'false');
    }
    // A new query starts with no option chosen, so Enter goes to the search page.
    await box.press('End');
    await page.keyboard.type('s');
    await expect(box).not.toHaveAttribute('aria-activedescendant');
  });

  test('the pointer chooses: an option under it becomes active, and a click opens it', async ({ page }) => {
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(WORD);
    const first = page.getByRole('option').first();
    await expect(first).toContainText(TARGET.post.frontMatter.title);
    await first.hover();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    // Pressing on an option leaves the focus in the box, so the popup stays open until the click.
    await page.mouse.down();
    await expect(box).toBeFocused();
    await page.mouse.up();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(POST)}$`));
  });

  test('a page left for a result is kept with an empty, closed box for the way back', async ({ page }) => {
    await page.goto(ROUTES.home);
    const box = page.locator(BOX);
    await box.focus();
    await box.pressSequentially(WORD);
    await page.getByRole('option').first().click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(POST)}$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(ROUTES.home)}$`));
    await expect(page.locator(BOX)).toHaveValue('');
    await expect(popup(page)).toBeHidden();
  });
});

test('starting the site’s islands takes under 2 ms', async ({ page }) => {
  // A story: every island has something to look at (the box, the Markdown button, maybe code).
  // The best of three loads: the machine is shared, and a start that is really slow stays slow.
  const durations: number[] = [];
  for (let load = 0; load < 3; load++) {
    await (load === 0 ? page.goto(lockedPostUrls()[0]!) : page.reload());
    const measures = await page.evaluate(() =>
      performance.getEntriesByName('site-islands-start', 'measure').map((entry) => entry.duration),
    );
    expect(measures, 'measured once per page').toHaveLength(1);
    durations.push(measures[0]!);
  }
  expect(Math.min(...durations)).toBeLessThan(START_BUDGET_MS);
});

test.describe('Copy as Markdown on a page that never hydrates', () => {
  test('tells the reader when the copy fails', async ({ page }) => {
    // No clipboard permission: the browser refuses the write.
    await page.goto(lockedPostUrls()[0]!);
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new Error('denied')) });
    });
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Could not copy: open the Markdown instead.' }),
    ).toBeVisible();
  });
});

test.describe('Copy link on Start here, a page that never hydrates', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a story’s link, or shows it to copy by hand when the browser refuses', async ({ page }) => {
    const scripts = scriptRequests(page);
    await page.goto(ROUTES.pages.startHere!);
    const item = page.locator('main ol > li').first();
    const button = item.getByRole('button', { name: /^Copy link to/ });
    const url = new URL((await item.locator('h2 a').getAttribute('href'))!, page.url()).pathname;
    await button.click();
    await expect(item.getByRole('status')).toHaveText('Link copied');
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(url);

    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
    });
    await button.click();
    await expect(item.getByRole('status')).toHaveText(
      new RegExp(`^Copy this link: https?://[^/]+${escapeRegExp(url)}$`),
    );
    await expectIslandsOnly(page, scripts);
  });
});

test.describe('the code copy button on a page that never hydrates', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('is hidden until the block is pointed at or focused, then says Copied for a moment', async ({ page }) => {
    await page.goto(GUIDE);
    const block = page.locator('main .theme-code-block').first();
    const copy = block.getByRole('button', { name: 'Copy code to clipboard' });
    await expect(copy).toBeAttached();
    const opacity = () => copy.evaluate((button) => Number(getComputedStyle(button).opacity));
    await expect.poll(opacity).toBe(0);
    await block.locator('pre').hover();
    await expect.poll(opacity).toBeGreaterThan(0);
    await copy.click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(block.getByRole('button', { name: 'Copy code to clipboard' })).toBeVisible({ timeout: 3000 });
  });

  test('copies exactly the code the author wrote in each block', async ({ page }) => {
    // The fences of the guide's source, without their fence lines: what the theme's button copies.
    const source = readFileSync(join(SITE_DIR, SITE.docs.path, GUIDE_SOURCE), 'utf8');
    const written = fencedBlocks(source).map(([start, end]) =>
      source.slice(start, end).split('\n').slice(1, -1).join('\n'),
    );
    expect(written.length).toBeGreaterThan(0);
    await page.goto(GUIDE);
    const copied: string[] = [];
    for (const block of await page.locator('main .theme-code-block').all()) {
      await block.hover();
      await block.getByRole('button', { name: 'Copy code to clipboard' }).click();
      await expect(block.getByRole('button', { name: 'Copied' })).toBeAttached();
      copied.push(await page.evaluate(() => navigator.clipboard.readText()));
    }
    expect(copied).toEqual(written);
  });
});
