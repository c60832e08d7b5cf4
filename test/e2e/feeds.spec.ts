/**
 * The feeds carry whole stories: the newest posts (site.yml's feedSize) in full in RSS, Atom and JSON Feed, each
 * valid by its format's rules (test/helpers/feeds.ts), each linking the story's Markdown copy.
 */
import { test, expect, listedPosts, postUrl, ROUTES, SITE } from './fixtures';
import { checkAtom, checkJsonFeed, checkRss, htmlText, type FeedReport } from '../helpers/feeds';
import { paragraphs } from '../helpers/story-text';

const FEED_SIZE = SITE.blog.feedSize;
const newest = listedPosts().slice(0, FEED_SIZE);

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
