/**
 * Pages paint before their scripts run, which run on the reader's first input
 * (@sde/docusaurus-plugin-lean's page template, src/template/), and still become the single-page app: the scripts start in order,
 * once, and the page hydrates.
 */
import type { Page } from '@playwright/test';
import { test, expect, escapeRegExp, listedPosts, lockedPostUrls, ROUTES } from './fixtures';

/** The page scripts every page names, without their content hashes, in the order they must run. */
const PAGE_SCRIPTS = ['/assets/js/runtime~main.js', '/assets/js/main.js'];
const unhashed = (path: string) => path.replace(/\.[0-9a-f]+\.js$/, '.js');

/**
 * How long input must have been quiet before the page's scripts start, in ms, as the page's own
 * starter script sets it (the lean plugin's QUIET_MS, which its public entry does not export): the
 * one debounce `clearTimeout(timer), timer = setTimeout(start, ms)` in the page, minified or not.
 */
async function quietMs(page: Page, url: string): Promise<number> {
  const html = await (await page.request.get(url)).text();
  const debounces = [
    ...html.matchAll(/clearTimeout\((\w+)\)[;,]\s*\1\s*=\s*setTimeout\(\w+,\s*(\d+(?:\.\d+)?(?:e\d+)?)\)/g),
  ];
  expect(debounces, 'the starter script debounces input once').toHaveLength(1);
  const ms = Number(debounces[0]![2]);
  expect(ms).toBeGreaterThan(0);
  return ms;
}

interface Started {
  src: string;
  at: number;
}

/** Records every external script element as it is added to the page, with the time. */
async function recordScriptStarts(page: Page): Promise<() => Promise<{ fcp: number | undefined; started: Started[] }>> {
  await page.addInitScript(() => {
    const started: Started[] = [];
    (window as unknown as { __started: Started[] }).__started = started;
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node instanceof HTMLScriptElement && node.src) started.push({ src: node.src, at: performance.now() });
        });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      started: (window as unknown as { __started: Started[] }).__started,
    }));
}

/**
 * The page is the React app: page.goto has waited for hydration, and client-side navigation
 * works without a document load.
 */
async function expectHydrated(page: Page): Promise<void> {
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).first().click();
  await expect(page).toHaveURL(new RegExp(escapeRegExp(ROUTES.docs)));
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

test('the built HTML names its scripts as preloads, not as scripts that run before the first paint', async ({
  page,
}) => {
  const response = await page.request.get(lockedPostUrls()[0]!);
  const html = await response.text();
  expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  const preloads = [...html.matchAll(/<link rel=preload as=script fetchpriority=low href=(\S+) data-page-script/g)];
  expect(preloads.map((match) => unhashed(match[1]!))).toEqual(PAGE_SCRIPTS);
});

test.describe('before any input', () => {
  test.use({ hydrate: false });

  test('a story paints and its scripts wait; the first input starts them, in document order, once each, and the page hydrates', async ({
    page,
  }) => {
    const story = lockedPostUrls()[0]!;
    const QUIET_MS = await quietMs(page, story);
    const read = await recordScriptStarts(page);
    await page.goto(story);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(QUIET_MS);
    expect((await read()).started, 'no script before any input').toEqual([]);
    expect(await page.evaluate(() => 'docusaurusRoot' in window)).toBe(false);

    const inputAt = await page.evaluate(() => performance.now());
    await page.mouse.move(10, 10);
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
    await expectHydrated(page);
    const { fcp, started } = await read();
    expect(fcp).toBeGreaterThan(0);
    const pageScripts = started.filter((script) => PAGE_SCRIPTS.includes(unhashed(new URL(script.src).pathname)));
    expect(pageScripts.map((script) => unhashed(new URL(script.src).pathname))).toEqual(PAGE_SCRIPTS);
    for (const script of pageScripts) expect(script.at).toBeGreaterThanOrEqual(inputAt + QUIET_MS);
  });

  test('a page whose URL has a query string starts its scripts after the first paint, without input', async ({
    page,
  }) => {
    const read = await recordScriptStarts(page);
    await page.goto(`${ROUTES.home}?from=feed`);
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
    const { fcp, started } = await read();
    for (const script of started) expect(script.at).toBeGreaterThanOrEqual(fcp!);
    await expectHydrated(page);
  });

  test('there too, a browser without paint timing still starts the scripts and hydrates', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
    });
    await page.goto(`${ROUTES.home}?from=feed`);
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
    await expectHydrated(page);
  });

  test('a button only the scripts handle, pressed before they ran, does its job once they have', async ({
    page,
    context,
  }) => {
    const featured = listedPosts().find((post) => post.frontMatter.featured && !post.frontMatter.draft);
    expect(featured).toBeDefined();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ROUTES.pages.startHere!);
    expect(await page.evaluate(() => 'docusaurusRoot' in window)).toBe(false);
    const button = page.getByRole('button', { name: `Copy link to “${featured!.frontMatter.title}”` });
    await button.click();
    await expect(page.locator('main li').filter({ has: button }).getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(featured!.frontMatter.slug);
  });
});

test('links in view still have their pages’ code prefetched, once the page is idle', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/js\/.+\.js$/.test(request.url()) && request.resourceType() === 'other')
      prefetched.push(request.url());
  });
  await page.goto(ROUTES.home);
  await expect.poll(() => page.locator('head link[rel="prefetch"]').count()).toBeGreaterThan(0);
  const hrefs = await page
    .locator('head link[rel="prefetch"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expect.poll(() => prefetched.length).toBeGreaterThan(0);
});

test('a page whose code was prefetched still opens by client-side navigation, its chunks loaded for real', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(ROUTES.home);
  await expect.poll(() => page.locator('head link[rel="prefetch"]').count()).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).first().click();
  await expect(page).toHaveURL(/\/blog$/);
  await expect(page.locator('main article').first()).toBeVisible();
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(failed, 'every prefetched or loaded file was there').toEqual([]);
});
