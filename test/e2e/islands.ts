/**
 * Helpers for specs about reader pages, which never hydrate: they run the islands bundle
 * (@sde/docusaurus-plugin-lean's islands/, with the site's src/islands/) instead of React.
 */
import { expect, type Page } from '@playwright/test';

/** The islands bundle, as the template names it. */
export const ISLANDS_BUNDLE = '**/assets/js/islands.*.js';

/** Every request for the search index or Pagefind's code (all under /pagefind/). */
export function searchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/pagefind/')) requests.push(pathname);
  });
  return requests;
}

/** Every script the page requested, by path. */
export function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/**
 * Holds back the islands bundle, as a slow network would, until `release`: the page is on screen
 * and takes input, and no script of its own has run. Call before `page.goto`, and do not await that
 * `goto` before releasing (the bundle is deferred, so the page's load waits for it).
 */
export async function holdIslands(page: Page): Promise<{ requested: () => boolean; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(ISLANDS_BUNDLE, async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { requested: () => requested, release };
}

/** The page runs its islands and never hydrates: no React, no router, no main.js. */
export async function expectIslandsOnly(page: Page, scripts: string[]): Promise<void> {
  await expect(page.locator('html[data-islands="ready"]')).toBeAttached();
  expect(await page.locator('html[data-has-hydrated="true"]').count(), 'React never hydrated the page').toBe(0);
  expect(
    scripts.filter((path) => /\/main\.[^/]*\.js$/.test(path)),
    'main.js is never requested',
  ).toEqual([]);
}
