/**
 * Scheduled and updated stories, in a small site of their own (a copy of this checkout with the
 * seed stories, plus a story dated 2031-06-03 and one published 2030-04-02 and updated 2031-04-15),
 * built twice with now set through SITE_NOW: the day before the scheduled story's date, and its day. The browser reads each build's pages as served (every request of the page is
 * answered from that build's folder); feeds, the sitemap, llms.txt and the search index are read
 * from the build's files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import {
  archiveRoute,
  authorFeedRoutes,
  authorRoute,
  blogRoute,
  feedRoutes,
  loadSite,
  postFile,
  postRoute,
  readAuthors,
  readTags,
  tagFeedRoutes,
  tagRoute,
  type Site,
} from '@sde/content-engine';
import { test, expect, axeViolations } from './fixtures';
import { copyOfSite, storyText, useSeedStories } from './site-copy';
import { checkAtom, checkJsonFeed, checkRss } from '../helpers/feeds';
import { contentType, resolveFile } from '../../scripts/serve/site-server';
import { ogImagePath } from '../../src/lib/og';

const SCHEDULED = 'a-story-for-tuesday';
const UPDATED = 'a-story-revised-later';
const DAY_BEFORE = '2031-06-02';
const ITS_DAY = '2031-06-03';

test.describe.configure({ mode: 'serial' });

let dir = '';
let site: Site;
/** The copy's first tag and first author: both stories have them. */
let tag = '';
let author = '';
/** The two builds' folders, by the now they were built at. */
const builds: Record<string, string> = {};
const outputs: Record<string, string> = {};

const story = (slug: string, title: string, description: string, dates: string[]) =>
  storyText([
    `title: ${title}`,
    `description: ${description}`,
    `slug: ${slug}`,
    ...dates,
    `authors: [${author}]`,
    `tags: [${tag}]`,
  ]);

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = copyOfSite('sde-schedule-');
  useSeedStories(dir);
  site = loadSite(dir);
  tag = Object.keys(readTags(site))[0]!;
  author = Object.keys(readAuthors(site))[0]!;
  const write = (slug: string, text: string) => writeFileSync(join(dir, postFile(site, slug)), text);
  write(
    SCHEDULED,
    story(
      SCHEDULED,
      'A story for Tuesday morning',
      'Written on a Sunday and published on the Tuesday after, the day its author chose.',
      [`date: ${ITS_DAY}`],
    ),
  );
  write(
    UPDATED,
    story(
      UPDATED,
      'A story revised a year later',
      'Published in the spring and revised the next spring, when its author knew how it ended.',
      ['date: 2030-04-02', 'updated: 2031-04-15', 'update_reason: Added how the move to QA turned out.'],
    ),
  );
  for (const now of [DAY_BEFORE, ITS_DAY]) {
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: now },
      timeout: 280_000,
    });
    outputs[now] = `${build.stdout}\n${build.stderr}`;
    expect(build.status, outputs[now].slice(-3000)).toBe(0);
    builds[now] = join(dir, `build-${now}`);
    renameSync(join(dir, 'build'), builds[now]);
  }
});
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every request of the page answered from the build made at `now`. */
async function serve(page: Page, now: string): Promise<void> {
  const root = builds[now]!;
  await page.route(
    (url) => url.hostname === '127.0.0.1',
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = resolveFile(root, pathname);
      if (file) await route.fulfill({ path: file, contentType: contentType(file) });
      else await route.fulfill({ status: 404, body: 'Not found' });
    },
  );
}

const read = (now: string, route: string) => readFileSync(join(builds[now]!, route), 'utf8');

/** Every page URL the build's search index holds. */
function searchUrls(now: string): string[] {
  const dir = join(builds[now]!, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
}

/** The story URLs each of the blog's, the tag's and the author's feeds carries, by feed route (each checked). */
function feedUrls(now: string): Record<string, string[]> {
  const routes = [
    ...Object.values(feedRoutes(site)),
    ...Object.values(tagFeedRoutes(site, readTags(site)[tag]!.permalink)),
    ...Object.values(authorFeedRoutes(site, author)),
  ];
  const check = (route: string) =>
    route.endsWith('.json') ? checkJsonFeed : route.endsWith('atom.xml') ? checkAtom : checkRss;
  return Object.fromEntries(
    routes.map((route) => {
      const report = check(route)(read(now, route));
      expect(report.problems, route).toEqual([]);
      return [route, report.items.map((item) => new URL(item.url).pathname)];
    }),
  );
}

test.describe('a story dated after now', () => {
  test('npm run check says it is scheduled, and the build passes', () => {
    expect(outputs[DAY_BEFORE]).toContain(`scheduled for ${ITS_DAY}: the site publishes it on that day`);
    expect(outputs[ITS_DAY]).not.toContain('scheduled for');
  });

  test('is absent from the build the day before: no page, list entry, feed item, sitemap entry, search entry, llms.txt line or card', async ({
    page,
  }) => {
    const url = postRoute(site, SCHEDULED);
    // No page: nothing in the build answers its URL (a host would answer 404).
    expect(resolveFile(builds[DAY_BEFORE]!, url)).toBeUndefined();
    await serve(page, DAY_BEFORE);
    const lists = [
      '/',
      blogRoute(site),
      tagRoute(site, readTags(site)[tag]!.permalink),
      authorRoute(site, author),
      archiveRoute(site),
    ];
    for (const list of lists) {
      await page.goto(list);
      await expect(page.locator(`a[href="${url}"]`), list).toHaveCount(0);
    }
    for (const [route, urls] of Object.entries(feedUrls(DAY_BEFORE))) expect(urls, route).not.toContain(url);
    expect(read(DAY_BEFORE, 'sitemap.xml')).not.toContain(url);
    expect(read(DAY_BEFORE, 'llms.txt')).not.toContain(url);
    expect(searchUrls(DAY_BEFORE)).not.toContain(`${url}.html`);
    expect(searchUrls(DAY_BEFORE)).not.toContain(url);
    expect(existsSync(join(builds[DAY_BEFORE]!, ogImagePath(SCHEDULED)))).toBe(false);
  });

  test('is present on its day: its page, the lists, the feeds, the sitemap, search, llms.txt and its card', async ({
    page,
  }) => {
    const url = postRoute(site, SCHEDULED);
    await serve(page, ITS_DAY);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A story for Tuesday morning');
    await expect(page.locator('.theme-scheduled-banner')).toHaveCount(0);
    await page.goto(blogRoute(site));
    await expect(page.locator(`a[href="${url}"]`).first()).toBeVisible();
    for (const [route, urls] of Object.entries(feedUrls(ITS_DAY))) expect(urls[0], route).toBe(url);
    expect(read(ITS_DAY, 'sitemap.xml')).toContain(`${url}</loc>`);
    expect(read(ITS_DAY, 'llms.txt')).toContain(url);
    expect(searchUrls(ITS_DAY).some((found) => found.startsWith(url))).toBe(true);
    expect(existsSync(join(builds[ITS_DAY]!, ogImagePath(SCHEDULED)))).toBe(true);
  });
});

test.describe('an updated story', () => {
  test('shows "Updated <date>" and its reason beside the publication date', async ({ page }) => {
    await serve(page, DAY_BEFORE);
    await page.goto(postRoute(site, UPDATED));
    const header = page.locator('article header');
    const published = header.locator('time[datetime^="2030-04-02"]');
    const updated = header.getByText('Updated April 15, 2031: Added how the move to QA turned out.');
    await expect(published).toBeVisible();
    await expect(updated).toBeVisible();
    await expect(updated.locator('time')).toHaveAttribute('datetime', '2031-04-15');
    // Beside it, on the same line (a long reason wraps within its own box).
    const [a, b] = [(await published.boundingBox())!, (await updated.locator('time').boundingBox())!];
    expect(Math.abs(a.y - b.y)).toBeLessThan(4);
    expect(b.x).toBeGreaterThan(a.x + a.width);
    // Once: the stock footer's "Last updated on" would repeat it.
    await expect(page.locator('article')).not.toContainText('Last updated');
    await expect(page.locator('article time[datetime="2031-04-15"]')).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screenshots/updated-story.png' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('has dateModified in its JSON-LD, updated in the feeds and lastmod in the sitemap', async ({ page }) => {
    const url = postRoute(site, UPDATED);
    await serve(page, DAY_BEFORE);
    await page.goto(url);
    const graphs = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '{}') as Record<string, unknown>));
    const posting = graphs.find((graph) => graph['@type'] === 'BlogPosting')!;
    expect(posting.datePublished).toBe('2030-04-02T00:00:00.000Z');
    expect(posting.dateModified).toBe('2031-04-15T00:00:00.000Z');

    const atom = read(DAY_BEFORE, feedRoutes(site).atom!);
    const entry = atom.split('<entry>').find((part) => part.includes(`${url}</id>`))!;
    expect(entry).toContain('<updated>2031-04-15T00:00:00.000Z</updated>');
    expect(entry).toContain('<published>2030-04-02T00:00:00.000Z</published>');
    const json = JSON.parse(read(DAY_BEFORE, feedRoutes(site).json!)) as { items: Record<string, string>[] };
    const item = json.items.find((i) => new URL(i.url!).pathname === url)!;
    expect([item.date_published, item.date_modified]).toEqual(['2030-04-02T00:00:00.000Z', '2031-04-15T00:00:00.000Z']);
    expect(read(DAY_BEFORE, 'sitemap.xml')).toMatch(new RegExp(`${url}</loc><lastmod>2031-04-15</lastmod>`));
    // A story without an update has no lastmod: nothing is read from Git.
    expect(read(DAY_BEFORE, 'sitemap.xml')).not.toMatch(
      new RegExp(`${postRoute(site, 'however-long-it-takes')}</loc><lastmod>`),
    );
  });
});
