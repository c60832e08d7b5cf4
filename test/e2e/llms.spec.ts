/**
 * Stories for AI assistants: /llms.txt, the Markdown copy of every page it links to, as served by
 * `npm run serve`, /llms-full.txt, the pages' links to their copies, and "Copy as Markdown".
 * Expectations come from the posts themselves (scripts/content), never from a pinned story.
 */
import type { APIRequestContext } from '@playwright/test';
import {
  test,
  expect,
  axeViolations,
  escapeRegExp,
  listedPosts,
  lockedPostUrls,
  postUrl,
  siteTags,
  tabTo,
  ROUTES,
  SITE,
} from './fixtures';
import { expectIslandsOnly, scriptRequests } from './islands';
import { openingSentence, plainText } from '../helpers/story-text';
import { fencedBlocks } from '@sde/content-engine/markdown';

/** `markdown` with its fenced code blocks blanked out. */
const withoutFences = (markdown: string) =>
  fencedBlocks(markdown).reduceRight((text, [start, end]) => text.slice(0, start) + text.slice(end), markdown);

const MARKDOWN = 'text/markdown; charset=utf-8';
const listed = listedPosts();

interface Entry {
  title: string;
  url: string;
  description: string;
}

/** The sections of llms.txt by title, each a list of its links. */
function sections(text: string): Map<string, Entry[]> {
  const found = new Map<string, Entry[]>();
  let current: Entry[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) found.set(line.slice(3), (current = []));
    const link = /^- \[((?:\\.|[^\]\\])+)\]\((\S+)\)(?:: (.*))?$/.exec(line);
    if (link && current) {
      current.push({ title: link[1]!.replace(/\\(.)/g, '$1'), url: link[2]!, description: link[3] ?? '' });
    }
  }
  return found;
}

async function llmsTxt(request: APIRequestContext): Promise<{ text: string; sections: Map<string, Entry[]> }> {
  const response = await request.get(ROUTES.pages.llms!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  return { text, sections: sections(text) };
}

/** The site's canonical origin, as its home page declares it. */
async function canonicalOrigin(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  const href = /<link[^>]*\brel="?canonical"?[^>]*\bhref="?([^"\s>]+)/.exec(html)?.[1];
  expect(href, 'the home page names its canonical URL').toBeTruthy();
  return new URL(href!).origin;
}

test('llms.txt has the title, a summary, and Stories (newest first), Tags and Authoring guide sections', async ({
  request,
}) => {
  const { text, sections: found } = await llmsTxt(request);
  const lines = text.split('\n');
  expect(lines[0]).toBe(`# ${SITE.title}`);
  expect(lines[1]).toBe('');
  expect(lines[2]).toMatch(/^> \S/);
  const titles = [...found.keys()];
  for (const name of ['Stories', 'Tags', 'Authoring guide']) expect(titles).toContain(name);
  expect(titles.indexOf('Stories')).toBeLessThan(titles.indexOf('Tags'));
  expect(titles.indexOf('Tags')).toBeLessThan(titles.indexOf('Authoring guide'));

  const stories = found.get('Stories')!;
  expect(stories.map((entry) => entry.title)).toEqual(listed.map((post) => post.frontMatter.title));
  for (const [index, entry] of stories.entries()) {
    const { slug, description } = listed[index]!.frontMatter;
    expect(new URL(entry.url).pathname).toBe(`${postUrl(slug)}.md`);
    expect(entry.description).toBe(description.replace(/\s+/g, ' ').trim());
  }

  const tags = siteTags();
  const used = new Set(listed.flatMap((post) => post.frontMatter.tags));
  expect(
    found
      .get('Tags')!
      .map((entry) => entry.title)
      .sort(),
  ).toEqual([...used].map((key) => tags[key]!.label).sort());
  const guide = found.get('Authoring guide')!;
  expect(guide.length).toBeGreaterThan(0);
  const docs = escapeRegExp(`${ROUTES.docs}/authoring`);
  for (const entry of guide) expect(new URL(entry.url).pathname).toMatch(new RegExp(`^${docs}(/.+)?\\.md$`));
});

test('every link in llms.txt leads to a Markdown copy served as text/markdown, and a story’s holds its opening sentence', async ({
  request,
}) => {
  const { sections: found } = await llmsTxt(request);
  const origin = await canonicalOrigin(request);
  const byCopy = new Map(listed.map((post) => [`${postUrl(post.frontMatter.slug)}.md`, post]));
  const entries = [...found.values()].flat();
  expect(entries.length).toBeGreaterThan(listed.length);
  for (const entry of entries) {
    const url = new URL(entry.url);
    expect(url.origin, entry.url).toBe(origin);
    const response = await request.get(url.pathname);
    expect(response.status(), entry.url).toBe(200);
    expect(response.headers()['content-type'], entry.url).toBe(MARKDOWN);
    const copy = await response.text();
    expect(copy.split('\n')[0], entry.url).toBe(`# ${entry.title}`);
    const page = url.href.replace(/\.md$/, '');
    expect(copy, entry.url).toContain(`\n- Canonical URL: ${page}\n`);
    const post = byCopy.get(url.pathname);
    if (post) {
      expect(plainText(copy), entry.url).toContain(openingSentence(post.content));
      expect(copy, `${entry.url} keeps no truncate marker`).not.toMatch(/<!--\s*truncate\s*-->|\{\/\*\s*truncate/);
      expect(copy).toContain(`\n- Date: ${post.frontMatter.date.slice(0, 10)}\n`);
    }
    // No MDX survives outside code blocks (which may show MDX): no JSX component tags, imports or
    // exports at the start of a line, and no paragraph indented into an accidental code block.
    const prose = withoutFences(copy);
    expect(prose, entry.url).not.toMatch(/^(<[A-Z]\w*[\s/>]|import .* from |export (const|default) )/m);
    expect(prose, entry.url).not.toMatch(/(^|\n)\n {4,}\S/);
  }
});

test('llms-full.txt holds every listed story’s Markdown copy, newest first', async ({ request }) => {
  const { sections: found } = await llmsTxt(request);
  const response = await request.get(ROUTES.pages.llmsFull!);
  expect(response.status()).toBe(200);
  const full = await response.text();
  expect(full.split('\n')[0]).toBe(`# ${SITE.title}`);
  let last = -1;
  for (const entry of found.get('Stories')!) {
    const copy = await (await request.get(new URL(entry.url).pathname)).text();
    const at = full.indexOf(copy);
    expect(at, entry.title).toBeGreaterThan(last);
    last = at;
  }
});

test.describe('links to the copies', () => {
  test.use({ javaScriptEnabled: false });

  test('every story and docs page names its Markdown copy in a link rel=alternate', async ({ page, request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const under = escapeRegExp(ROUTES.docs);
    const docs = [...sitemap.matchAll(new RegExp(`<loc>https?://[^/<]+(${under}(?:/[^<]*)?)</loc>`, 'g'))].map(
      (match) => match[1]!,
    );
    expect(docs.length).toBeGreaterThan(0);
    for (const path of [...lockedPostUrls(), ...docs]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const link = page.locator('head link[rel="alternate"][type="text/markdown"]');
      await expect(link, path).toHaveCount(1);
      const href = (await link.getAttribute('href'))!;
      expect(href, path).toBe(`${path.replace(/\/$/, '')}.md`);
      const copy = await request.get(href);
      expect(copy.headers()['content-type'], href).toBe(MARKDOWN);
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(await copy.text(), href).toContain(`\n- Canonical URL: ${canonical}\n`);
    }
  });

  test('the copies are not in the sitemap', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toMatch(/\.md<\/loc>/);
  });
});

test('search results never lead to a Markdown copy', async ({ page }) => {
  const post = listed[0]!;
  const word = post.frontMatter.title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
  await page.goto(`${ROUTES.pages.search!}?q=${encodeURIComponent(word)}`);
  await expect(page.locator(`a[href$="${postUrl(post.frontMatter.slug)}"]`).first()).toBeVisible();
  await expect(page.locator('a[href$=".md"]')).toHaveCount(0);
});

/** A story never hydrates: its button is the build's, run by the site's copy-markdown island. */
test.describe('Copy as Markdown', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const post = lockedPostUrls()[0]!;

  async function expectCopied(page: import('@playwright/test').Page, expected: string) {
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }

  test('a click puts the story’s Markdown copy on the clipboard', async ({ page, request }) => {
    const expected = await (await request.get(`${post}.md`)).text();
    const scripts = scriptRequests(page);
    await page.goto(post);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expectCopied(page, expected);
    await expectIslandsOnly(page, scripts);
    await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', `${post}.md`);
  });

  test('the keyboard reaches it, and Enter or Space copies', async ({ page, request }) => {
    const expected = await (await request.get(`${post}.md`)).text();
    await page.goto(post);
    const button = page.getByRole('button', { name: 'Copy as Markdown' });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expectCopied(page, expected);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.1 A/AA violations in ${scheme} mode, before and after copying`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(post);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
