/**
 * The feeds carry whole stories: the newest posts (site.yml's feedSize) in full in RSS, Atom and JSON Feed, each
 * valid by its format's rules (test/helpers/feeds.ts), each linking the story's Markdown copy. The blog has
 * them, and so has every tag and every author with stories (src/plugins/feeds); their pages name them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Page } from '@playwright/test';
import { authorFeedRoutes, FEED_FILES, tagFeedRoutes, type FeedType, type LoadedPost } from '@sde/content-engine';
import {
  test,
  expect,
  authorUrl,
  BUILD_DIR,
  escapeRegExp,
  listedPosts,
  postUrl,
  ROUTES,
  SITE,
  siteAuthors,
  siteTags,
  tagUrl,
} from './fixtures';
import { checkAtom, checkJsonFeed, checkRss, htmlText, type FeedReport } from '../helpers/feeds';
import { paragraphs } from '../helpers/story-text';

const FEED_SIZE = SITE.blog.feedSize;
const newest = listedPosts().slice(0, FEED_SIZE);

const CHECKS: Record<FeedType, (text: string) => FeedReport> = { rss: checkRss, atom: checkAtom, json: checkJsonFeed };
const MIME: Record<FeedType, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/json',
};

const FEEDS: [string, string, (text: string) => FeedReport][] = [
  ['RSS 2.0', ROUTES.feeds.rss!, checkRss],
  ['Atom', ROUTES.feeds.atom!, checkAtom],
  ['JSON Feed', ROUTES.feeds.json!, checkJsonFeed],
];

for (const [format, path, check] of FEEDS) {
  test(`the ${format} feed follows its format's rules and carries the newest ${FEED_SIZE} stories in full`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const report = check(await response.text());
    expect(report.problems).toEqual([]);
    expect(report.items.map((item) => new URL(item.url).pathname)).toEqual(
      newest.map((post) => postUrl(post.frontMatter.slug)),
    );
    for (const [index, item] of report.items.entries()) {
      const post = newest[index]!;
      // In full: the story's last paragraph is there, not just what comes before the truncate marker.
      const last = paragraphs(post.content).at(-1)!;
      expect(htmlText(item.html), item.url).toContain(last);
      expect(item.html, item.url).toContain(`href="${item.url}.md"`);
    }
  });
}

test('each page of the blog names the three feeds', async ({ page }) => {
  await page.goto(ROUTES.blog);
  for (const type of ['application/rss+xml', 'application/atom+xml', 'application/json']) {
    const href = await page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute('href');
    expect((await page.request.get(href!)).status(), type).toBe(200);
  }
});

/** The names of a post's authors, as the authors file gives them. */
const authorNames = (post: LoadedPost): string[] =>
  post.frontMatter.authors.map((key) => siteAuthors()[key]?.name ?? key);

/** Every tag's and every author's feeds the site should have: those with listed stories. */
function expectedFeedPages(): { route: Partial<Record<FeedType, string>>; page: string; posts: LoadedPost[] }[] {
  const posts = listedPosts();
  const tags = Object.entries(siteTags()).map(([key, tag]) => ({
    route: tagFeedRoutes(SITE, tag.permalink),
    page: tagUrl(key),
    posts: posts.filter((post) => post.frontMatter.tags.includes(key)),
  }));
  const authors = Object.keys(siteAuthors()).map((key) => ({
    route: authorFeedRoutes(SITE, key),
    page: authorUrl(key),
    posts: posts.filter((post) => post.frontMatter.authors.includes(key)),
  }));
  return [...tags, ...authors].filter((feed) => feed.posts.length > 0);
}

/** Every feed file the build holds, as site routes. */
function builtFeeds(): string[] {
  const names = new Set(Object.values(FEED_FILES));
  return readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
    .filter((path) => names.has(posix.basename(path.split('\\').join('/'))))
    .map((path) => `/${path.split('\\').join('/')}`)
    .sort();
}

test('every feed the build writes is valid, and each tag and author with stories has its three', async () => {
  const expected = expectedFeedPages();
  const wanted = [...Object.values(ROUTES.feeds), ...expected.flatMap((feed) => Object.values(feed.route))].sort();
  expect(builtFeeds()).toEqual(wanted);
  for (const route of wanted) {
    const type = (Object.entries(FEED_FILES) as [FeedType, string][]).find(([, file]) =>
      route.endsWith(`/${file}`),
    )![0];
    const report = CHECKS[type](readFileSync(join(BUILD_DIR, route), 'utf8'));
    expect(report.problems, route).toEqual([]);
  }
  // Each page's feeds carry its newest stories, in full, with their authors.
  for (const { route, posts } of expected) {
    for (const [type, path] of Object.entries(route) as [FeedType, string][]) {
      const report = CHECKS[type](readFileSync(join(BUILD_DIR, path), 'utf8'));
      const newest = posts.slice(0, FEED_SIZE);
      expect(
        report.items.map((item) => new URL(item.url).pathname),
        path,
      ).toEqual(newest.map((post) => postUrl(post.frontMatter.slug)));
      expect(htmlText(report.items.at(-1)!.html), path).toContain(paragraphs(newest.at(-1)!.content).at(-1)!);
    }
  }
});

test('every RSS item names its authors (dc:creator)', async ({ request }) => {
  const report = checkRss(await (await request.get(ROUTES.feeds.rss!)).text());
  expect(report.items.length).toBeGreaterThan(0);
  for (const [index, item] of report.items.entries())
    expect(item.authors, item.url).toEqual(authorNames(newest[index]!));
});

/** The page's feeds as its head names them, each fetched and checked; and its visible Follow links. */
async function discoverFeeds(page: Page, url: string, name: string) {
  await page.goto(url);
  const found: Partial<Record<FeedType, FeedReport>> = {};
  for (const [type, mime] of Object.entries(MIME) as [FeedType, string][]) {
    // Besides the blog's own, which every page names.
    const link = page.locator(`head link[rel="alternate"][type="${mime}"]:not([href="${ROUTES.feeds[type]}"])`);
    await expect(link, `${url} names its ${type} feed`).toHaveCount(1);
    await expect(link).toHaveAttribute('title', new RegExp(escapeRegExp(name)));
    const href = (await link.getAttribute('href'))!;
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    found[type] = CHECKS[type](await response.text());
    expect(found[type]!.problems, href).toEqual([]);
    // The visible "Follow" line links the same feed.
    await expect(page.getByRole('main').locator(`a[href="${href}"]`)).toBeVisible();
  }
  await expect(page.getByRole('main').getByText(`Follow ${name} in a feed reader`)).toBeVisible();
  return found;
}

test('a tag’s feeds are discovered from its page, valid, with each story’s authors in RSS', async ({ page }) => {
  const [key, tag] = Object.entries(siteTags())
    .map(([k, t]) => [k, t, listedPosts().filter((post) => post.frontMatter.tags.includes(k)).length] as const)
    .sort((a, b) => b[2] - a[2])[0]!;
  const posts = listedPosts()
    .filter((post) => post.frontMatter.tags.includes(key))
    .slice(0, FEED_SIZE);
  const feeds = await discoverFeeds(page, tagUrl(key), tag.label);
  expect(feeds.rss!.items.map((item) => item.authors)).toEqual(posts.map(authorNames));
  expect(feeds.atom!.items.map((item) => item.title)).toEqual(posts.map((post) => post.frontMatter.title));
});

test('an author’s feeds are discovered from their page, valid, with the author in RSS', async ({ page }) => {
  const key = listedPosts()[0]!.frontMatter.authors[0]!;
  const name = siteAuthors()[key]!.name;
  const posts = listedPosts()
    .filter((post) => post.frontMatter.authors.includes(key))
    .slice(0, FEED_SIZE);
  const feeds = await discoverFeeds(page, authorUrl(key), name);
  expect(feeds.rss!.items.map((item) => new URL(item.url).pathname)).toEqual(
    posts.map((post) => postUrl(post.frontMatter.slug)),
  );
  for (const item of feeds.rss!.items) expect(item.authors).toContain(name);
  for (const item of feeds.json!.items) expect(item.authors.length).toBeGreaterThan(0);
});
