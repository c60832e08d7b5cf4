/**
 * A series as readers meet it: a copy of this site whose blog holds the seed stories and the
 * fixture series of test/fixtures/series/ (three parts, and a second series of two), built with
 * `npm run build` and served here. The site's own blog/ may have no series at all, so the suite
 * never depends on it. Covers the box near the top of a part (order, aria-current), the previous
 * and next parts, the series page and index, the JSON-LD, and that all of it works before scripts
 * run, passes axe in both colour modes and is valid HTML.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import {
  loadPosts,
  loadSite,
  postRoute,
  readSeries,
  seriesIndexRoute,
  tagsRoute,
  seriesRoute,
  siteRoutes,
  type Site,
} from '@sde/content-engine';
import { urlsOf, writeLock } from '@sde/content-engine/permalinks';
import { startSiteServer, type RunningSiteServer } from '../../scripts/serve/site-server';
import { formatNuError, nuErrors } from '../../scripts/lib/nu-checker';
import { test, expect, axeViolations } from './fixtures';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'series');
/** The three seed stories as imported: the copy's other posts, whatever blog/ holds this week. */
const SEEDS = join(process.cwd(), 'test', 'fixtures', 'seeds', 'imported');

/**
 * A copy of the working tree (every file Git does not ignore), sharing node_modules, whose blog
 * holds the seed stories and the fixture series, with their URLs locked.
 */
function seriesSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sde-series-'));
  const copy = spawnSync('sh', [
    '-c',
    `git ls-files -z -co --exclude-standard | tar --null -cf - -T - | tar -xf - -C "${dir}"`,
  ]);
  expect(copy.status, copy.stderr.toString()).toBe(0);
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  const site = loadSite(dir);
  const blog = join(dir, site.blog.path);
  for (const name of readdirSync(blog, { recursive: true, encoding: 'utf8' })) {
    if (/\.mdx?$/.test(name)) rmSync(join(blog, name));
  }
  for (const from of [SEEDS, FIXTURES]) {
    for (const name of readdirSync(from)) copyFileSync(join(from, name), join(blog, name));
  }
  writeLock(
    site,
    loadPosts(site).flatMap((post) => urlsOf(site, post.frontMatter)),
  );
  return dir;
}
const SERIES = 'browser-test-series';
const OTHER = 'other-test-series';
/** The fixture parts' slugs, in part order (their dates are not in that order: 10, 20, 15 January). */
const PARTS = ['series-fixture-opening', 'series-fixture-middle', 'series-fixture-closing'];
const TITLES = ['The opening part', 'The middle part', 'The closing part'];

test.describe('a three-part series', () => {
  // One build for every test here: they run in one worker, in order.
  test.describe.configure({ mode: 'serial', timeout: 60_000 });
  let dir = '';
  let site: Site;
  let server: RunningSiteServer;
  let origin = '';
  const url = (route: string) => `${origin}${route}`;
  const part = (n: number) => url(postRoute(site, PARTS[n - 1]!));

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    dir = seriesSite();
    site = loadSite(dir);
    const build = spawn('npm', ['run', 'build'], { cwd: dir });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(build, 'exit')) as [number | null];
    expect(code, output).toBe(0);
    server = await startSiteServer(join(dir, 'build'));
    origin = server.url;
  });

  test.afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('each part shows "Part n of 3" near its top, lists the parts in order and marks its own', async ({ page }) => {
    const title = readSeries(site)[SERIES]!.title;
    for (const n of [1, 2, 3]) {
      await page.goto(part(n));
      const box = page.locator('nav.series-box');
      await expect(box).toHaveCount(1);
      await expect(box.locator('p').first()).toHaveText(`Part ${n} of 3 in ${title}`);
      await expect(box.getByRole('link', { name: title })).toHaveAttribute('href', seriesRoute(site, SERIES));
      const items = box.locator('ol > li');
      await expect(items.locator('a')).toHaveText(TITLES);
      await expect(items.locator('a[aria-current="page"]')).toHaveText(TITLES[n - 1]!);
      await expect(items.locator('a[aria-current]')).toHaveCount(1);
      // Near the top: before the story's text.
      const [boxTop, textTop] = await Promise.all(
        [box, page.locator('#__blog-post-container')].map(async (el) => (await el.boundingBox())!.y),
      );
      expect(boxTop).toBeLessThan(textTop!);
    }
  });

  test("a part's box holds its own series only", async ({ page }) => {
    await page.goto(part(2));
    const other = readSeries(site)[OTHER]!.title;
    await expect(page.locator('nav.series-box')).not.toContainText(other);
    await expect(page.locator('nav.series-box li')).toHaveCount(3);
    await page.goto(url(postRoute(site, 'other-series-fixture-1')));
    await expect(page.locator('nav.series-box li')).toHaveCount(2);
    await expect(page.locator('nav.series-box p').first()).toHaveText(`Part 1 of 2 in ${other}`);
  });

  test('the end of each part leads to the previous and the next part', async ({ page }) => {
    const pager = page.locator('nav.series-pager');
    await page.goto(part(1));
    await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(pager.locator('a[rel="next"]')).toContainText(`Part 2: ${TITLES[1]}`);
    await pager.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(part(2));
    await expect(pager.locator('a[rel="prev"]')).toContainText(`Part 1: ${TITLES[0]}`);
    await expect(pager.locator('a[rel="next"]')).toContainText(`Part 3: ${TITLES[2]}`);
    await page.goto(part(3));
    await expect(pager.locator('a[rel="prev"]')).toContainText(`Part 2: ${TITLES[1]}`);
    await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  });

  test('the series page lists the parts in order with their descriptions; the index and the tags index reach it', async ({
    page,
  }) => {
    const series = readSeries(site)[SERIES]!;
    await page.goto(url(siteRoutes(site).tags));
    await page.getByRole('link', { name: 'read a series in order' }).click();
    await expect(page).toHaveURL(url(seriesIndexRoute(site)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Series');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([series.title, readSeries(site)[OTHER]!.title]);
    await page.getByRole('link', { name: series.title }).click();
    await expect(page).toHaveURL(url(seriesRoute(site, SERIES)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(series.title);
    await expect(page.locator('main')).toContainText(series.description);
    const items = page.locator('main ol > li');
    await expect(items.getByRole('heading', { level: 2 })).toHaveText(TITLES);
    for (const [index, slug] of PARTS.entries()) {
      const description = readFileSync(join(FIXTURES, `part-${index + 1}.md`), 'utf8').match(
        /^description: (.*)$/m,
      )![1]!;
      await expect(items.nth(index)).toContainText(description);
      await expect(items.nth(index).getByRole('link')).toHaveAttribute('href', postRoute(site, slug));
    }
  });

  test('the JSON-LD says the story is a part of the series, at its position', async ({ page }) => {
    await page.goto(part(2));
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
      '@type': string;
      position: number;
      isPartOf: { '@type': string; name?: string; url?: string }[];
    };
    expect(json['@type']).toBe('BlogPosting');
    expect(json.position).toBe(2);
    const series = json.isPartOf.find((item) => item['@type'] === 'CreativeWorkSeries');
    expect(series).toMatchObject({ name: readSeries(site)[SERIES]!.title });
    expect(new URL(series!.url!).pathname).toBe(seriesRoute(site, SERIES));
    expect(json.isPartOf.map((item) => item['@type'])).toContain('Blog');
  });

  test.describe('before scripts run', () => {
    test.use({ javaScriptEnabled: false });
    test('the box, the previous and next parts and the series page are there', async ({ page }) => {
      await page.goto(part(2));
      await expect(page.locator('nav.series-box a[aria-current="page"]')).toHaveText(TITLES[1]!);
      await expect(page.locator('nav.series-pager a')).toHaveCount(2);
      await page.goto(url(seriesRoute(site, SERIES)));
      await expect(page.locator('main ol > li')).toHaveCount(3);
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} mode`, () => {
      test.use({ colorScheme: scheme });
      test('a part, the series page, the index and the tags index that names it have no WCAG 2.1 A/AA violations', async ({
        page,
      }) => {
        const routes = [postRoute(site, PARTS[1]!), seriesRoute(site, SERIES), seriesIndexRoute(site), tagsRoute(site)];
        for (const route of routes) {
          await page.goto(url(route));
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          expect(await axeViolations(page), route).toEqual([]);
        }
      });
    });
  }

  test('a part, the series page and the index are valid HTML, to the Nu Html Checker and html-validate', async () => {
    test.setTimeout(180_000);
    const files = [postRoute(site, PARTS[1]!), seriesRoute(site, SERIES), seriesIndexRoute(site)].map(
      (route) => `${route.slice(1)}.html`,
    );
    const build = join(dir, 'build');
    expect((await nuErrors(files, { cwd: build })).map(formatNuError)).toEqual([]);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(build, file), 'utf8'), `build/${file}`);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${result.filePath}:${message.line}  ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
