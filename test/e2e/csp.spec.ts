/**
 * The Content-Security-Policy the build wrote is one the site really satisfies: no page type
 * triggers a single violation, and the same measurement does catch one when there is one. It
 * holds twice: sent as a header from `_headers`, and from each page's own <meta> on a host that
 * sends no header of ours at all (GitHub Pages).
 */
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADERS_FILE, parseHeadersFile } from '../../scripts/security/headers';
import { filesUnder } from '../../scripts/postbuild/files';
import { collectRedirects } from '@sde/content-engine/permalinks';
import { test, expect, BUILD_DIR, listedPosts, listedWord, pageTypes, ROUTES, SITE } from './fixtures';

/** What CSP says a <meta> policy cannot carry. */
const NOT_IN_META = ['frame-ancestors', 'report-uri', 'sandbox'];

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

/**
 * One page of each type of the site under test, an old URL one of its stories keeps (an .html
 * alias, which gets a redirect page of its own), and a word its stories hold.
 */
const oldUrl = collectRedirects(
  SITE,
  listedPosts().map((post) => post.frontMatter),
).find((redirect) => redirect.from.endsWith('.html'));
const { word } = listedWord();
if (!oldUrl) throw new Error('the site under test needs a story with an old .html URL');

const NOT_FOUND = '/no-such-page';

const PAGES: [string, string][] = [
  ...pageTypes(),
  ['the 404 page', NOT_FOUND],
  ['an old URL that redirects', oldUrl.from],
];

for (const [name, path] of PAGES) {
  test(`no CSP violation on ${name}`, async ({ page, guard }) => {
    const violations = await recordViolations(page);
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    if (path === NOT_FOUND) {
      // The 404 status itself is logged as a console error: expected here, so not a failure.
      expect(response!.status()).toBe(404);
      guard.splice(0, guard.length, ...guard.filter((problem) => !/status of 404/.test(problem)));
    }
  });
}

test('no CSP violation while the search box is used', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(ROUTES.home);
  const box = page.locator('input.navbar__search-input');
  await box.focus();
  await box.fill(word);
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the measurement catches a violation: an inline script the build did not hash is blocked', async ({
  page,
  guard,
}) => {
  const violations = await recordViolations(page);
  await page.goto(ROUTES.home);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ranUnhashed = true;';
    document.body.append(script);
  });
  // Blocked by both policies, the header's and the page's <meta>: each reports it.
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  expect(await violations()).not.toContainEqual(expect.not.stringMatching(/^script-src/));
  expect(await page.evaluate(() => (window as unknown as { __ranUnhashed?: boolean }).__ranUnhashed)).toBeUndefined();
  // Chromium also logs the refusal as a console error: expected here, so not a failure.
  guard.splice(0, guard.length, ...guard.filter((problem) => !/Content Security Policy/.test(problem)));
});

test('every page of the build carries the header policy, less what <meta> cannot carry, before any script', () => {
  const header = parseHeadersFile(readFileSync(join(BUILD_DIR, HEADERS_FILE), 'utf8'))['Content-Security-Policy']!;
  const expected = header.split('; ').filter((directive) => !NOT_IN_META.includes(directive.split(' ')[0]!));
  expect(expected.length).toBeGreaterThan(5);
  const pages = filesUnder(BUILD_DIR, '.html');
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/gi)];
    expect(metas.length, file).toBe(1);
    expect(metas[0]![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&').split('; '), file).toEqual(expected);
    const at = metas[0]!.index;
    expect(at, `${file}: inside <head>`).toBeGreaterThan(html.search(/<head\b/i));
    const firstScript = html.search(/<script\b/i);
    if (firstScript >= 0) expect(at, `${file}: before the first script`).toBeLessThan(firstScript);
  }
});

test.describe('served with no headers at all, as GitHub Pages serves it', () => {
  let server: ChildProcess;
  let origin = '';
  test.beforeAll(async () => {
    // A port the system just handed out, for `npm run serve -- --no-headers` to listen on.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    server = spawn(
      join('node_modules', '.bin', 'tsx'),
      ['scripts/cli/serve.ts', '--dir', BUILD_DIR, '--port', String(port), '--no-headers'],
      { detached: true },
    );
    const [line] = (await once(server.stdout!, 'data')) as [Buffer];
    expect(line.toString()).toContain('without security headers');
    origin = `http://127.0.0.1:${port}`;
  });
  // The server and the process tsx starts it in: the whole group.
  test.afterAll(() => process.kill(-server.pid!));

  for (const [name, path] of PAGES) {
    test(`no CSP violation on ${name}, and the page hydrates`, async ({ page, guard }) => {
      const violations = await recordViolations(page);
      // page.goto waits until the page has hydrated (see fixtures.ts).
      const response = await page.goto(origin + path);
      for (const header of ['content-security-policy', 'x-frame-options', 'x-content-type-options']) {
        expect(response!.headers()[header], header).toBeUndefined();
      }
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      if (path === NOT_FOUND) {
        guard.splice(0, guard.length, ...guard.filter((problem) => !/status of 404/.test(problem)));
      }
    });
  }

  test('the search box and the theme toggle work, with no CSP violation', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(origin + ROUTES.home);
    const box = page.locator('input.navbar__search-input');
    await box.focus();
    await box.fill(word);
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
    for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i++) await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await violations()).toEqual([]);
  });

  test("the page's own policy blocks an inline script the build did not hash", async ({ page, guard }) => {
    const violations = await recordViolations(page);
    await page.goto(origin + ROUTES.home);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ranUnhashed = true;';
      document.body.append(script);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { __ranUnhashed?: boolean }).__ranUnhashed)).toBeUndefined();
    guard.splice(0, guard.length, ...guard.filter((problem) => !/Content Security Policy/.test(problem)));
  });
});
