/**
 * Pages paint before their scripts run (src/config/html-template.ts), and still become the
 * single-page app: the scripts start in order, once, and the page hydrates.
 */
import type { Page } from '@playwright/test';
import { test, expect, lockedPostUrls } from './fixtures';

/** The page scripts every page names, without their content hashes, in the order they must run. */
const PAGE_SCRIPTS = ['/assets/js/runtime~main.js', '/assets/js/main.js'];
const unhashed = (path: string) => path.replace(/\.[0-9a-f]+\.js$/, '.js');

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
  await expect(page).toHaveURL(/\/docs/);
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

test('a story paints first, then its scripts start, in document order, once each, and the page hydrates', async ({
  page,
}) => {
  const read = await recordScriptStarts(page);
  await page.goto(lockedPostUrls()[0]!);
  await expectHydrated(page);
  const { fcp, started } = await read();
  expect(fcp).toBeGreaterThan(0);
  const pageScripts = started.filter((script) => PAGE_SCRIPTS.includes(unhashed(new URL(script.src).pathname)));
  expect(pageScripts.map((script) => unhashed(new URL(script.src).pathname))).toEqual(PAGE_SCRIPTS);
  for (const script of pageScripts) expect(script.at).toBeGreaterThanOrEqual(fcp!);
});

test('a browser without paint timing still starts the scripts and hydrates', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
  });
  await page.goto('/');
  await expectHydrated(page);
});

test('links in view still have their pages’ code prefetched, once the page is idle', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/js\/.+\.js$/.test(request.url()) && request.resourceType() === 'other')
      prefetched.push(request.url());
  });
  await page.goto('/');
  await expect.poll(() => page.locator('head link[rel="prefetch"]').count()).toBeGreaterThan(0);
  const hrefs = await page
    .locator('head link[rel="prefetch"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expect.poll(() => prefetched.length).toBeGreaterThan(0);
});
