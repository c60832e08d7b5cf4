/**
 * The theme's live parts on pages that never hydrate, run by @sde/docusaurus-plugin-lean's
 * built-in islands: tabs, the docs sidebar's categories, the table of contents, and the folded
 * sections, which open natively.
 */
import { test, expect, docUrl } from './fixtures';

const COMPONENTS = docUrl('authoring/components.mdx');

test('tabs: a click or Enter chooses a tab and shows its panel only; the arrows move along the tabs', async ({
  page,
}) => {
  await page.goto(COMPONENTS);
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  const panels = page.locator('[role=tablist] + * > [role=tabpanel]');
  expect(await tabs.count()).toBeGreaterThan(1);
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(1)).toHaveClass(/tabs__item--active/);
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(panels.nth(1)).toBeVisible();
  await expect(panels.nth(0)).toBeHidden();

  await tabs.nth(1).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(1), 'an arrow moves the focus, it does not choose').toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(0)).toHaveAttribute('tabindex', '0');
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
  await expect(panels.nth(0)).toBeVisible();
  await expect(panels.nth(1)).toBeHidden();
});

test('a folded section opens and closes on its summary, by pointer and by keyboard', async ({ page }) => {
  await page.goto(COMPONENTS);
  const details = page.locator('details').first();
  const body = details.locator('summary ~ *').first();
  await expect(body).toBeHidden();
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  await expect(body).toBeVisible();
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(body).toBeHidden();
});

test.describe('the docs sidebar', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the open category’s caret folds and unfolds its list; a folded category’s caret opens its page', async ({
    page,
  }) => {
    await page.goto(COMPONENTS);
    const sidebar = page.locator('.theme-doc-sidebar-menu');
    const open = sidebar.getByRole('button', { name: /^Collapse sidebar category/ }).first();
    const label = (await open.getAttribute('aria-label'))!;
    // The caret's category: its list is a sibling of the row that holds the link and the caret.
    const list = open.locator('xpath=ancestor::li[1]/ul');
    await expect(list).toBeVisible();
    await open.click();
    const folded = sidebar.getByRole('button', { name: label.replace(/^Collapse/, 'Expand') });
    await expect(folded).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await folded.click();
    await expect(list).toBeVisible();

    await page.goto(docUrl('index.md'));
    const closed = page.locator('.theme-doc-sidebar-menu').getByRole('button', { name: /^Expand sidebar category/ });
    if ((await closed.count()) === 0) return;
    const href = await closed.first().locator('xpath=preceding-sibling::a').getAttribute('href');
    await closed.first().click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('the table of contents marks the section being read', async ({ page }) => {
    await page.goto(COMPONENTS);
    const links = page.locator('.theme-doc-toc-desktop .table-of-contents__link');
    expect(await links.count()).toBeGreaterThan(1);
    const last = links.last();
    const id = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
    await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 100_000);
    await expect(last).toHaveClass(/table-of-contents__link--active/);
    await expect(page.locator('.theme-doc-toc-desktop .table-of-contents__link--active')).toHaveCount(1);
    await page.mouse.wheel(0, -100_000);
    await expect(page.locator('.theme-doc-toc-desktop .table-of-contents__link--active')).toHaveCount(0);
  });
});
