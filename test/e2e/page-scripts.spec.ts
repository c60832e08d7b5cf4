/**
 * Reader pages never hydrate: each is whole in the build's HTML, its few live parts are the
 * islands (@sde/docusaurus-plugin-lean's islands/ and src/islands/), and a link is the browser's
 * own navigation, its page fetched ahead on intent. Only a page that asks for its scripts (the
 * search page, `data-start-scripts`) loads React, and it starts it after the first paint.
 */
import type { Page } from '@playwright/test';
import { test, expect, pageTypes, ROUTES, LIVE } from './fixtures';

/** The page scripts a hydrating page names, without their content hashes, in the order they must run. */
const PAGE_SCRIPTS = ['/assets/js/runtime~main.js', '/assets/js/main.js'];
const unhashed = (path: string) => path.replace(/\.[0-9a-f]+\.js$/, '.js');
const ISLANDS = /^\/assets\/js\/islands\.[0-9a-f]{8}\.js$/;

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

for (const [name, path] of [...pageTypes(), ['the start-here page', ROUTES.pages.startHere!] as [string, string]]) {
  test(`${name} names no page script: only the deferred islands bundle and speculation rules`, async ({ page }) => {
    const html = await (await page.request.get(path)).text();
    expect(html).not.toContain('data-page-script');
    expect(html).not.toMatch(/assets\/js\/(runtime~)?main\./);
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)[^>]*>/g)];
    expect(sources.map((match) => match[1])).toHaveLength(1);
    expect(sources[0]![1]).toMatch(ISLANDS);
    expect(sources[0]![0]).toMatch(/\bdefer\b/);
    const rules = /<script type=["']?speculationrules["']?>([^<]+)<\/script>/.exec(html)?.[1];
    expect(rules, 'speculation rules').toBeDefined();
    const parsed = JSON.parse(rules!) as { prerender: { eagerness: string }[] };
    expect(parsed.prerender[0]!.eagerness).toBe('moderate');
  });
}

test('a reader’s visit never loads React: scrolling, the menu, the colour mode and the search box all answer, and the page stays unhydrated', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pageTypes()[1]![1]);
  await expect(page.locator('html[data-islands="ready"]')).toBeAttached();
  await page.mouse.wheel(0, 400);
  await page.getByRole('button', { name: /toggle navigation bar/i }).click();
  await expect(page.locator('.navbar-sidebar')).toBeVisible();
  const before = await page.locator('html').getAttribute('data-theme');
  await page.locator('.navbar-sidebar .theme-color-mode-toggle button').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme-choice', before === 'dark' ? 'dark' : 'system');
  await page.locator('.navbar-sidebar__close').click();
  await expect(page.locator('.navbar-sidebar')).toBeHidden();
  await page.getByRole('combobox', { name: /search/i }).fill('support');
  await page.waitForTimeout(2000);
  expect(await page.locator('html').getAttribute('data-has-hydrated')).not.toBe('true');
  expect(await page.evaluate(() => 'docusaurusRoot' in window)).toBe(false);
  expect(scripts.filter((path) => !ISLANDS.test(path) && !path.startsWith('/pagefind/'))).toEqual([]);
});

test.describe('the search page, which asks for its scripts', () => {
  test.use({ hydrate: false });

  test('names them as preloads and starts them after the first paint without input, in order, once each, then hydrates', async ({
    page,
  }) => {
    const html = await (await page.request.get(ROUTES.pages.search!)).text();
    const preloads = [...html.matchAll(/<link rel=preload as=script fetchpriority=low href=(\S+) data-page-script/g)];
    expect(preloads.map((match) => unhashed(match[1]!))).toEqual(PAGE_SCRIPTS);
    expect(html).not.toMatch(/islands\.[0-9a-f]{8}\.js/);

    const read = await recordScriptStarts(page);
    await page.goto(`${ROUTES.pages.search!}?q=support`);
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
    const { fcp, started } = await read();
    const pageScripts = started.filter((script) => PAGE_SCRIPTS.includes(unhashed(new URL(script.src).pathname)));
    expect(pageScripts.map((script) => unhashed(new URL(script.src).pathname))).toEqual(PAGE_SCRIPTS);
    for (const script of pageScripts) expect(script.at).toBeGreaterThanOrEqual(fcp!);
  });

  test('a browser without paint timing still starts them and hydrates', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
    });
    await page.goto(ROUTES.pages.search!);
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
  });
});

test('links in view have their pages fetched ahead, each once, once the page is idle; files are left alone', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'other' || request.resourceType() === 'prefetch') fetched.push(request.url());
  });
  await page.goto(ROUTES.home);
  await expect.poll(() => page.locator('head link[rel="prefetch"]').count()).toBeGreaterThan(0);
  const hrefs = await page
    .locator('head link[rel="prefetch"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  for (const href of hrefs) expect(new URL(href).pathname).not.toMatch(/\.(js|xml|json|md|txt)$/);
  await expect.poll(() => fetched.filter((url) => hrefs.includes(url)).length).toBeGreaterThan(0);
});

test('following a link opens the page with a plain navigation, which the page’s own scripts then make live', async ({
  page,
}) => {
  await page.goto(ROUTES.home);
  await page.evaluate(() => ((window as { previousPage?: boolean }).previousPage = true));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${ROUTES.docs}$`));
  await expect(page.locator(LIVE)).toBeAttached();
  expect(await page.evaluate(() => (window as { previousPage?: boolean }).previousPage)).toBeUndefined();
});
