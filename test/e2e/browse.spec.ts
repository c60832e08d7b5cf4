import {
  test,
  expect,
  docUrl,
  escapeRegExp,
  listedPosts,
  listedPostUrls,
  lockedPostUrls,
  postUrl,
  ROUTES,
  siteTags,
  tagUrl,
  SITE,
} from './fixtures';

test('home → post → tag → another post, by clicking', async ({ page }) => {
  // A story on the home page with a tag that some other story shares, so the tag page leads on.
  const posts = listedPosts();
  const tags = siteTags();
  /** A tag of the story at `href` that another story has too. */
  const sharedTag = (href: string) => {
    const own = posts.find((post) => postUrl(post.frontMatter.slug) === href)?.frontMatter;
    return own?.tags.find((tag) =>
      posts.some((other) => other.frontMatter.slug !== own.slug && other.frontMatter.tags.includes(tag)),
    );
  };
  await page.goto(ROUTES.home);
  const cards = await page
    .locator('main article h3 a')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
  const start = cards.find((href) => sharedTag(href));
  expect(start, 'a home page story shares a tag with another story').toBeDefined();
  const key = sharedTag(start!)!;
  const tag = tags[key]!;

  const firstStory = page.locator(`main article h3 a[href="${start}"]`);
  const firstTitle = (await firstStory.textContent())!.trim();
  await firstStory.click();
  await expect(page.locator('article h1')).toHaveText(firstTitle);

  await page.locator(`article a[rel="tag"][href="${tagUrl(key)}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(tagUrl(key))}$`));
  await expect(page.locator('main h1')).toContainText(tag.label);

  const other = page.locator(`main article h2 a:not([href="${start}"])`).first();
  const otherTitle = (await other.textContent())!.trim();
  await other.click();
  await expect(page.locator('article h1')).toHaveText(otherTitle);
  const landed = new URL(page.url()).pathname;
  expect(landed).not.toBe(start);
  expect(listedPostUrls()).toContain(landed);
});

test('the tags index gives every tag its description and story count; tag pages show the description', async ({
  page,
}) => {
  await page.goto(ROUTES.tags);
  const items = page.locator('main ul li:has(p)');
  // Every tag the listed stories use, whatever stories the blog holds.
  const used = new Set(listedPosts().flatMap((post) => post.frontMatter.tags));
  expect(used.size).toBeGreaterThan(0);
  await expect(items).toHaveCount(used.size);
  for (const item of await items.all()) {
    await expect(item).toContainText(/\(\d+ stor(y|ies)\)/);
    expect(((await item.locator('p').textContent()) ?? '').length).toBeGreaterThan(10);
  }
  const first = items.first();
  const description = (await first.locator('p').textContent())!;
  await first.locator('a').click();
  await expect(page.locator('main header p')).toHaveText(description);
});

test('author pages show the author and their stories', async ({ page }) => {
  await page.goto(ROUTES.authors);
  await page.locator(`main a[href^="${ROUTES.authors}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(ROUTES.authors)}/[a-z0-9-]+$`));
  await expect(page.locator('main article').first()).toBeVisible();
});

test('the archive lists every post and each post has its reading time', async ({ page }) => {
  await page.goto(ROUTES.archive);
  await expect(page.locator(`main li a[href^="${ROUTES.blog}/"]`)).toHaveCount(listedPosts().length);
  for (const url of lockedPostUrls()) await expect(page.locator(`main a[href="${url}"]`)).toHaveCount(1);
  await page.goto(lockedPostUrls()[0]!);
  await expect(page.locator('article header')).toContainText(/min read/);
});

test('docs pages show when they were last updated', async ({ page }) => {
  await page.goto(docUrl('authoring/index.mdx'));
  await expect(page.locator('.theme-last-updated')).toContainText(/Last updated/);
});

// That each item carries its whole story is feeds.spec.ts's to check, against the story's own text.
test('every page advertises the RSS, Atom and JSON feeds, whose items carry their authors and tags', async ({
  page,
  request,
}) => {
  for (const path of [ROUTES.home, ROUTES.tags, ROUTES.docs, lockedPostUrls()[0]!]) {
    await page.goto(path);
    for (const type of ['application/rss+xml', 'application/atom+xml', 'application/json']) {
      await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveCount(1);
    }
  }
  const rss = await (await request.get(ROUTES.feeds.rss!)).text();
  const items = rss.split('<item>').slice(1);
  expect(items.length).toBe(Math.min(SITE.blog.feedSize, listedPosts().length));
  for (const item of items) {
    expect(item).toMatch(/<category>[^<]+<\/category>/);
    expect(item).toMatch(/<content:encoded>/);
  }
  const json = (await (await request.get(ROUTES.feeds.json!)).json()) as {
    items: { content_html: string; tags: string[]; authors?: { name: string }[]; author?: { name: string } }[];
  };
  for (const item of json.items) {
    expect(item.tags.length).toBeGreaterThan(0);
    expect(item.authors?.[0]?.name ?? item.author?.name).toBeTruthy();
    expect(item.content_html).not.toBe('');
  }
});
