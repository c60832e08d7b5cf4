import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADERS_FILE, parseHeadersFile } from '../../scripts/security/headers';
import { collectRedirects } from '@sde/content-engine/permalinks';
import {
  test,
  expect,
  BUILD_DIR,
  docUrl,
  listedPosts,
  listedPostUrls,
  lockedPostUrls,
  meta,
  metaAll,
  pngSize,
  tabTo,
  ROUTES,
  SITE,
} from './fixtures';

const redirects = collectRedirects(
  SITE,
  listedPosts().map((post) => post.frontMatter),
);

test('the old Jekyll URL redirects to its post', async ({ page }) => {
  const jekyll = redirects.find((redirect) => redirect.from.endsWith('.html'));
  expect(jekyll, 'a post keeps its Jekyll permalink as an alias').toBeDefined();
  await page.goto(jekyll!.from);
  await expect(page).toHaveURL(new RegExp(`${jekyll!.to}$`));
  await expect(page.locator('article h1')).toBeVisible();
});

test('build/_redirects answers every alias with a 301', async ({ request }) => {
  const text = await (await request.get('/_redirects')).text();
  for (const { from, to } of redirects) expect(text).toContain(`${from} ${to} 301`);
});

for (const url of lockedPostUrls()) {
  // Chat apps and social networks build the card from the HTML alone, without running scripts
  // (which would also let the head manager swap these tags mid-test).
  test.describe('as a link preview reads it, without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test(`rich preview of ${url}`, async ({ page, request }) => {
      await page.goto(url);
      const title = (await page.locator('article h1').textContent())!.trim();
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+${url}$`));
      expect(await meta(page, 'og:title')).toContain(title);
      expect((await meta(page, 'og:description'))!.length).toBeGreaterThan(20);
      expect(await meta(page, 'og:type')).toBe('article');
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(Number.isNaN(Date.parse((await meta(page, 'article:published_time'))!))).toBe(false);
      expect((await metaAll(page, 'article:author')).length).toBeGreaterThan(0);
      expect((await meta(page, 'article:tag'))!.length).toBeGreaterThan(0);

      const image = (await meta(page, 'og:image'))!;
      expect(image).toMatch(/^https?:\/\//);
      const response = await request.get(new URL(image).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      if (url === lockedPostUrls()[0]) {
        mkdirSync('test-results/screenshots', { recursive: true });
        writeFileSync('test-results/screenshots/og-image.png', png);
      }

      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
        '@type': string;
        author: unknown;
        datePublished: string;
        keywords: string[];
        headline: string;
      };
      expect(jsonLd['@type']).toBe('BlogPosting');
      expect(jsonLd.headline).toBe(title);
      expect(jsonLd.author).toBeTruthy();
      expect(jsonLd.datePublished).toBeTruthy();
      expect(jsonLd.keywords.length).toBeGreaterThan(0);
    });
  });

  test(`related stories under ${url} link to real posts`, async ({ page }) => {
    await page.goto(url);
    const links = page.locator(`.related-stories a[href^="${ROUTES.blog}/"]:not(.hash-link)`);
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
    expect(hrefs).not.toContain(url);
    const posts = listedPostUrls();
    for (const href of hrefs) expect(posts).toContain(href);
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
    await expect(page.locator('article h1')).toBeVisible();
  });
}

test('the sitemap lists every post', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const url of lockedPostUrls()) expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${url}</loc>`));
});

test('heading anchors appear on hover and on keyboard focus', async ({ page }) => {
  await page.goto(docUrl('authoring/index.mdx'));
  const heading = page.locator('article h2').first();
  const anchor = heading.locator('.hash-link');
  const opacity = () => anchor.evaluate((node) => getComputedStyle(node).opacity);
  expect(await opacity()).toBe('0');
  await heading.hover();
  await expect.poll(opacity).toBe('1');
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');
  // Reach it with the Tab key, as a keyboard user would.
  await page.reload();
  await tabTo(page, anchor);
  await expect.poll(opacity).toBe('1');
});

test('the server sends the security headers the build wrote to _headers', async ({ request }) => {
  const expected = parseHeadersFile(readFileSync(join(BUILD_DIR, HEADERS_FILE), 'utf8'));
  expect(expected['Content-Security-Policy']).toContain("default-src 'self'");
  for (const path of [ROUTES.home, lockedPostUrls()[0]!, '/no-such-page']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()]).toBe(value);
  }
});
