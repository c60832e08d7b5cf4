/**
 * The test fixture every spec uses: it fails a test that logs a console error, throws in the page,
 * or sends any request to a host other than 127.0.0.1 (such requests are also blocked).
 *
 * `page.goto` also waits until the page is live: a reader's page runs its islands (small scripts,
 * @sde/docusaurus-plugin-lean's islands/) once parsed, and a page that hydrates (search) runs its
 * scripts on the reader's first input (the plugin's template/), after a quiet moment; `goto`
 * starts those at once and waits until the page has hydrated. A test acting earlier would race
 * them. Tests about the page before its scripts run set `test.use({ hydrate: false })`. So does
 * `page.reload`.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };
export {
  BUILD_DIR,
  SITE,
  SITE_DIR,
  ROUTES,
  authorUrl,
  bodyOnlyWord,
  docUrl,
  escapeRegExp,
  listedPosts,
  listedPostUrls,
  listedWord,
  lockedPostUrls,
  pageTypes,
  postUrl,
  siteAuthors,
  siteTags,
  tagUrl,
} from './site';

const isLocal = (url: URL) => url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1';

/** What `<html>` carries once a page is live: its islands have started, or React has hydrated it. */
export const LIVE = 'html[data-islands="ready"], html[data-has-hydrated="true"]';

/**
 * Starts the page's scripts now, as the reader's first input would after a quiet moment, on a page
 * that hydrates, and waits until the page is live. A page that redirects (an old URL's page) is
 * followed to the page it lands on.
 */
export async function startScripts(page: Page): Promise<void> {
  await expect(async () => {
    await page.waitForLoadState();
    await page.evaluate(() => (window as { startPageScripts?: () => void }).startPageScripts?.());
    await expect(page.locator(LIVE)).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Watches a page as every test's does: a console error, an exception in the page, or a request to a
 * host other than 127.0.0.1 (which is blocked) is added to `problems`. For pages a test opens in a
 * context of its own; the fixture's page is watched already.
 */
export async function watchPage(page: Page, problems: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  await page.route(
    (url) => !isLocal(url),
    async (route) => {
      problems.push(`request left 127.0.0.1: ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
}

export const test = base.extend<{ guard: string[]; hydrate: boolean }>({
  hydrate: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, hydrate }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled !== false && hydrate) await startScripts(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      if (javaScriptEnabled !== false && hydrate) await startScripts(page);
      return response;
    };
    await use(page);
  },
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await watchPage(page, problems);
      await use(problems);
      expect(problems, 'console errors and outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core violations, reduced to what a reader of the failure needs. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** The page's `<meta property|name=...>` content, or null. */
export async function meta(page: Page, key: string): Promise<string | null> {
  const locator = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first();
  return (await locator.count()) ? locator.getAttribute('content') : null;
}

export async function metaAll(page: Page, key: string): Promise<string[]> {
  return page
    .locator(`head meta[property="${key}"]`)
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content') ?? ''));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Moves keyboard focus to `target` the way a keyboard user would: the skip link first (so the
 * search box, which grabs focus back once its index loads, is never crossed), then Tab.
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 80): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /skip to main content/i })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < maxTabs && !(await target.evaluate((node) => node === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
