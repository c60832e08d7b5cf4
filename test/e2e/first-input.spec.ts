/**
 * The reader's first input is answered on screen within 200 ms on a phone's CPU (Chrome's CPU
 * throttling at 4×), whether or not the page's scripts have run: a tap on the menu button, the
 * colour-mode toggle, and focusing and typing in the search box. Before the scripts run, the
 * header's inline script answers (@sde/docusaurus-plugin-lean's early-controls/); after, that
 * script and the page's islands do (a reader's page never hydrates).
 *
 * Input to next paint is measured in the page: from the event's own timestamp (when the browser
 * received the input, so time spent waiting behind other work counts) to a task queued from the
 * next animation frame, which runs once that frame has been produced. Chrome's Event Timing
 * entries for the same events, where it reports any (it leaves out those under 16 ms), must agree.
 */
import type { Page } from '@playwright/test';
import { test, expect, lockedPostUrls, ROUTES, startScripts } from './fixtures';
import { recordInputToPaint, slowest as slowestOf, throttle } from './input-timing';

const BUDGET_MS = 200;
const MEASURED = ['click', 'keydown'];

/** The slowest input-to-paint time of `type` since the last call, waiting for every one to be measured. */
const slowest = (page: Page, type: string, count = 1) => slowestOf(page, type, BUDGET_MS, count);

/** The page is live: its islands have started (a reader's page), or React has hydrated it. */
const scriptsRan = (page: Page) => page.evaluate((live) => document.documentElement.matches(live), LIVE_HTML);
const LIVE_HTML = '[data-islands="ready"], [data-has-hydrated="true"]';

/**
 * A reader's page runs its islands bundle as soon as it is parsed; "before" holds that bundle back
 * (an empty script in its place), as a slow connection would, so only the header's inline script
 * can answer.
 */
async function holdBackIslands(page: Page): Promise<void> {
  await page.route(/\/assets\/js\/islands\.[0-9a-f]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
}

/**
 * Before: the page as loaded, no input yet, its islands held back (the fixture does not start the
 * scripts). After: the page live (islands started or hydrated) and idle.
 */
async function open(page: Page, path: string, scripts: 'before' | 'after'): Promise<void> {
  await recordInputToPaint(page, MEASURED);
  if (scripts === 'before') await holdBackIslands(page);
  await page.goto(path);
  if (scripts === 'after') {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  }
  expect(await scriptsRan(page)).toBe(scripts === 'after');
  await throttle(page, 4);
}

for (const scripts of ['before', 'after'] as const) {
  test.describe(`on a phone, ${scripts} the page's scripts run`, () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, hydrate: scripts === 'after' });

    test(`a tap on the menu button opens the menu within ${BUDGET_MS} ms, ${scripts} the scripts run`, async ({
      page,
    }) => {
      await open(page, lockedPostUrls()[0]!, scripts);
      const toggle = page.getByRole('button', { name: 'Toggle navigation bar' });
      await toggle.tap();
      expect(await slowest(page, 'click')).toBeLessThanOrEqual(BUDGET_MS);
      await expect(page.locator('.navbar')).toHaveClass(/navbar-sidebar--show/);
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const menu = page.locator('.navbar-sidebar');
      await expect(menu.getByRole('link', { name: 'Stories' })).toBeVisible();
      expect(await scriptsRan(page), 'the tap was answered before the scripts started').toBe(scripts === 'after');
      await menu.getByRole('button', { name: 'Close navigation bar' }).tap();
      await expect(page.locator('.navbar')).not.toHaveClass(/navbar-sidebar--show/);
    });

    test(`in the menu, the colour-mode toggle answers within ${BUDGET_MS} ms, ${scripts} the scripts run`, async ({
      page,
    }) => {
      await open(page, ROUTES.home, scripts);
      await page.getByRole('button', { name: 'Toggle navigation bar' }).tap();
      expect(await slowest(page, 'click')).toBeLessThanOrEqual(BUDGET_MS);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-theme-choice', 'system');
      await page
        .locator('.navbar-sidebar')
        .getByRole('button', { name: /Switch between dark and light mode/ })
        .tap();
      expect(await slowest(page, 'click')).toBeLessThanOrEqual(BUDGET_MS);
      await expect(html).toHaveAttribute('data-theme-choice', 'light');
      await expect(html).toHaveAttribute('data-theme', 'light');
      expect(await scriptsRan(page), 'both taps were answered before the scripts started').toBe(scripts === 'after');
    });

    test(`focusing and typing in the search box answer within ${BUDGET_MS} ms, ${scripts} the scripts run`, async ({
      page,
    }) => {
      await open(page, ROUTES.home, scripts);
      const box = page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('searchbox')
        .or(page.locator('input.navbar__search-input'))
        .first();
      await box.tap();
      expect(await slowest(page, 'click')).toBeLessThanOrEqual(BUDGET_MS);
      await expect(box).toBeFocused();
      await page.keyboard.type('sup', { delay: 50 });
      expect(await slowest(page, 'keydown', 3)).toBeLessThanOrEqual(BUDGET_MS);
      await expect(box).toHaveValue('sup');
    });
  });
}

for (const scripts of ['before', 'after'] as const) {
  test.describe(`on a desktop, ${scripts} the page's scripts run`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, hydrate: scripts === 'after' });

    test(`the colour-mode toggle answers within ${BUDGET_MS} ms`, async ({ page }) => {
      await open(page, ROUTES.home, scripts);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-theme-choice', 'system');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: /Switch between dark and light mode/ })
        .first()
        .click();
      expect(await slowest(page, 'click')).toBeLessThanOrEqual(BUDGET_MS);
      await expect(html).toHaveAttribute('data-theme-choice', 'light');
      await expect(html).toHaveAttribute('data-theme', 'light');
    });
  });
}

test.describe('before the scripts run', () => {
  test.use({ hydrate: false });

  test('a colour mode chosen before the scripts run is kept, and the menu closes as it opened', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await holdBackIslands(page);
    await page.goto(lockedPostUrls()[0]!);
    expect(await scriptsRan(page)).toBe(false);
    const html = page.locator('html');
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    await expect(page.locator('.navbar')).toHaveClass(/navbar-sidebar--show/);
    const toggle = page.locator('.navbar-sidebar').getByRole('button', { name: /Switch between dark and light mode/ });
    await toggle.click();
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme-choice', 'dark');
    await expect(toggle).toHaveAttribute('aria-label', /currently dark mode/);
    expect(await scriptsRan(page)).toBe(false);
    await page.locator('.navbar-sidebar').getByRole('button', { name: 'Close navigation bar' }).click();
    await expect(page.locator('.navbar')).not.toHaveClass(/navbar-sidebar--show/);
    // Once the islands arrive (the next page's, here), the choice stands.
    await page.unrouteAll();
    await page.reload();
    await startScripts(page);
    await expect(html).toHaveAttribute('data-theme-choice', 'dark');
  });
});
