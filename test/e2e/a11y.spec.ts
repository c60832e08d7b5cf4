import { test, expect, axeViolations, listedWord, lockedPostUrls, pageTypes, ROUTES } from './fixtures';

/** One page of each type of the site under test, and its search page for a word its stories hold. */
const { word } = listedWord();

const PAGES: [string, string][] = [
  ...pageTypes(),
  ['start here', ROUTES.pages.startHere!],
  ['the archive', ROUTES.archive],
  ['the search page', `${ROUTES.pages.search!}?q=${encodeURIComponent(word)}`],
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
      await page.goto(ROUTES.home);
      const box = page.locator('input.navbar__search-input');
      await box.focus();
      await box.fill(word);
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
