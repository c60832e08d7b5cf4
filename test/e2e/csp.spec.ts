/**
 * The Content-Security-Policy the build wrote is one the site really satisfies: no page type
 * triggers a single violation, and the same measurement does catch one when there is one.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Collects securitypolicyviolation events from the first script the page runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

const PAGES: [string, string][] = [
  ['home', '/'],
  ['a post', '/blog/however-long-it-takes'],
  ['the tags index', '/blog/tags'],
  ['a tag page', '/blog/tags/customer-service'],
  ['an author page', '/blog/authors/jelena-barinova'],
  ['a docs page', '/docs/authoring'],
  ['the 404 page', '/no-such-page'],
  [
    'an old URL that redirects',
    '/know-how/2013/05/31/everyone-in-a-company-should-work-for-a-week-in-customer-support.html',
  ],
];

for (const [name, path] of PAGES) {
  test(`no CSP violation on ${name}`, async ({ page, guard }) => {
    const violations = await recordViolations(page);
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    if (path === '/no-such-page') {
      // The 404 status itself is logged as a console error: expected here, so not a failure.
      expect(response!.status()).toBe(404);
      guard.splice(0, guard.length, ...guard.filter((problem) => !/status of 404/.test(problem)));
    }
  });
}

test('no CSP violation while the search box is used', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  const box = page.locator('input.navbar__search-input');
  await box.focus();
  await box.fill('stuttgart');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the measurement catches a violation: an inline script the build did not hash is blocked', async ({
  page,
  guard,
}) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ranUnhashed = true;';
    document.body.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => (window as unknown as { __ranUnhashed?: boolean }).__ranUnhashed)).toBeUndefined();
  // Chromium also logs the refusal as a console error: expected here, so not a failure.
  guard.splice(0, guard.length, ...guard.filter((problem) => !/Content Security Policy/.test(problem)));
});
