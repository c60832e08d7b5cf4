import { mkdirSync } from 'node:fs';
import { test, expect, lockedPostUrls, ROUTES } from './fixtures';

test('the dark-mode choice survives a reload', async ({ page }) => {
  await page.goto(ROUTES.home);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
  // The toggle cycles through system, light and dark: click until dark is chosen.
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i++) await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto(ROUTES.blog);
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('screenshots of a post in light and dark mode', async ({ page }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const post = lockedPostUrls()[0]!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(post);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ path: `test-results/screenshots/post-${scheme}.png`, fullPage: true });
  }
});

test('a post prints without navigation, sidebars, table of contents, related stories or footer', async ({ page }) => {
  await page.goto(lockedPostUrls()[0]!);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.navbar', '.footer', 'aside', '.table-of-contents', '.related-stories']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('article .markdown')).toBeVisible();
});
