/**
 * Code blocks: the build highlights them, so Prism (the code highlighter) never loads on a reader's
 * page, which never hydrates; the site's code-copy island (src/islands/code-copy.ts) gives each
 * block the copy button the theme renders only in the browser, shown and worded as the theme's.
 */
import type { Page } from '@playwright/test';
import { test, expect, docUrl, escapeRegExp, tabTo, ROUTES } from './fixtures';

/** The authoring guide: a docs page with code blocks. */
const GUIDE = docUrl('authoring/index.mdx');

/** A string only Prism's core has (a hook name); minification keeps string literals. */
const PRISM_MARKER = '"before-tokenize"';

/** Every script the page fetched, with its text. */
function collectScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), response.text());
  });
  return scripts;
}

async function scriptsWithPrism(scripts: Map<string, Promise<string>>): Promise<string[]> {
  const found: string[] = [];
  for (const [url, text] of scripts) if ((await text).includes(PRISM_MARKER)) found.push(url);
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('reader pages never fetch Prism, with code or without', async ({ page }) => {
  const scripts = collectScripts(page);
  for (const path of [ROUTES.home, ROUTES.tags, GUIDE]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.size).toBeGreaterThan(0);
  expect(await scriptsWithPrism(scripts)).toEqual([]);
});

test('a docs code block is highlighted in the static HTML, and its copy button copies it, without Prism', async ({
  page,
  context,
  request,
}) => {
  const html = await (await request.get(GUIDE)).text();
  expect(html).toMatch(/<pre[^>]*class="?prism-code[^>]*>.*?class="?token-line/s);
  // No Suspense boundary moved out of place and revealed by an inline script.
  expect(html).not.toContain('$RC(');

  const scripts = collectScripts(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(GUIDE);
  const block = page.locator('main .theme-code-block').first();
  await expect(block.locator('.token-line').first()).toBeVisible();
  await block.hover();
  const copy = block.getByRole('button', { name: /copy code/i });
  await copy.click();
  await expect(block.getByRole('button', { name: /copied/i })).toBeVisible();
  const shown = squash(await block.locator('code').innerText());
  expect(squash(await page.evaluate(() => navigator.clipboard.readText()))).toBe(shown);
  await page.waitForLoadState('networkidle');
  expect(await scriptsWithPrism(scripts)).toEqual([]);
});

test('a code block reached by following a link is highlighted and has its copy button', async ({ page }) => {
  await page.goto(ROUTES.docs);
  await page.locator(`nav a[href="${GUIDE}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(GUIDE)}$`));
  const block = page.locator('main .theme-code-block').first();
  await expect(block.locator('.token-line').first()).toBeVisible();
  await block.hover();
  await expect(block.getByRole('button', { name: /copy code/i })).toBeVisible();
});

test('the keyboard reaches the code and then its copy button, which shows when focused and copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(GUIDE);
  const block = page.locator('main .theme-code-block').first();
  const pre = block.locator('pre');
  await tabTo(page, pre);
  await page.keyboard.press('Tab');
  const copy = block.getByRole('button', { name: /copy code/i });
  await expect(copy).toBeFocused();
  await expect.poll(() => copy.evaluate((button) => getComputedStyle(button).opacity)).toBe('1');
  await page.keyboard.press('Enter');
  await expect(block.getByRole('button', { name: /copied/i })).toBeFocused();
  expect(squash(await page.evaluate(() => navigator.clipboard.readText()))).toBe(
    squash(await block.locator('code').innerText()),
  );
  // The build's block is the one on the page: the code keeps its highlighting and stays scrollable.
  await expect(pre).toHaveAttribute('tabindex', '0');
  await expect(block.locator('pre .token-line').first()).toBeVisible();
});

test('code block lines are block-level spans inside <code>, and selecting them copies what the Copy button does', async ({
  page,
  context,
  request,
}) => {
  const html = await (await request.get(GUIDE)).text();
  const codes = [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((match) => match[1]!);
  expect(codes.some((code) => /class="?token-line/.test(code))).toBe(true);
  for (const code of codes) expect(code).not.toMatch(/<div[\s>]/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(GUIDE);
  const block = page
    .locator('main .theme-code-block')
    .filter({ has: page.locator('.token-line >> nth=2') })
    .first();
  const lines = block.locator('.token-line');
  expect(
    await lines.evaluateAll((spans) => spans.map((span) => [span.tagName, getComputedStyle(span).display])),
  ).toEqual(Array(await lines.count()).fill(['SPAN', 'block']));
  // What a reader selects by hand is what the Copy button copies: one line per line, no extra blank lines.
  const selected = await block.locator('code').evaluate((code) => {
    getSelection()!.selectAllChildren(code);
    return getSelection()!.toString();
  });
  await block.hover();
  await block.getByRole('button', { name: /copy code/i }).click();
  await expect(block.getByRole('button', { name: /copied/i })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(selected.replace(/\n$/, '')).toBe(copied);
  expect(copied.split('\n').length).toBe(await lines.count());
});
