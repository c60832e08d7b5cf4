import { test, expect, escapeRegExp, listedPosts, postUrl, ROUTES, tabTo } from './fixtures';

const featured = listedPosts().filter((post) => post.frontMatter.featured && !post.frontMatter.draft);

test('Start here lists the featured stories with summaries, and copies a link with the keyboard', async ({
  page,
  context,
}) => {
  // Whatever the blog features: the page lists exactly those stories (below), and copies one's link.
  expect(featured.length, 'the site under test features a story').toBeGreaterThan(0);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ROUTES.home);
  await page.getByRole('link', { name: 'Start here' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(ROUTES.pages.startHere!)}$`));
  await expect(page.locator('main h1')).toHaveText('Start here');
  const items = page.locator('main ol > li');
  await expect(items).toHaveCount(featured.length);
  for (const post of featured) {
    const item = items.filter({ has: page.locator(`a[href="${postUrl(post.frontMatter.slug)}"]`) });
    await expect(item).toContainText(post.frontMatter.description);
  }

  const first = featured[0]!.frontMatter;
  const button = page.getByRole('button', { name: `Copy link to “${first.title}”` });
  // Reload so the page starts with no focus, as a visitor arriving from a shared link would.
  await page.reload();
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const item = items.filter({ has: button });
  await expect(item.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^https?://[^/]+${postUrl(first.slug)}$`));
});
