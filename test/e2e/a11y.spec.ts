import { test, expect, axeViolations, lockedPostUrls } from './fixtures';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['a post', lockedPostUrls()[0]!],
  ['the tags index', '/blog/tags'],
  ['a tag page', '/blog/tags/customer-service'],
  ['an author page', '/blog/authors/jelena-barinova'],
  ['a docs page', '/docs/authoring'],
  ['start here', '/start-here'],
  ['the archive', '/blog/archive'],
  ['the search page', '/search?q=support'],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, path] of PAGES) {
      test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('the open search box with results has no WCAG 2.1 A/AA violations', async ({ page }) => {
      await page.goto('/');
      const box = page.locator('input.navbar__search-input');
      await box.focus();
      await box.fill('customer');
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('the skip link is the first Tab stop and moves focus to the content', async ({ page }) => {
  await page.goto(lockedPostUrls()[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to main content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // The next Tab lands inside the main content, past the navbar.
  await page.keyboard.press('Tab');
  const insideNavbar = await page.evaluate(() => Boolean(document.activeElement?.closest('.navbar')));
  expect(insideNavbar).toBe(false);
});
