import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../scripts/content/post';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const POST = 'however-long-it-takes';
const WORD = 'Stuttgart';

test('search finds a story by a word that only its body contains, loading the index on first use', async ({ page }) => {
  // The word must be in the body, not in what a list would show anyway.
  const { data, content } = parsePost(POST, readFileSync(join('blog', `${POST}.md`), 'utf8'));
  const fm = data as { title: string; description: string };
  expect(content).toContain(WORD);
  expect(`${fm.title} ${fm.description}`).not.toContain(WORD);

  const indexRequests = countIndexRequests(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests, 'no index before the search box is used').toEqual([]);

  const box = page.locator('input.navbar__search-input');
  await box.focus();
  await box.fill(WORD.toLowerCase());
  const suggestion = page.getByRole('option').filter({ hasText: fm.title }).first();
  await expect(suggestion).toBeVisible();
  expect(indexRequests.length).toBe(1);
  await suggestion.click();
  await expect(page).toHaveURL(new RegExp(`/blog/${POST}`));
  await expect(page.locator('article h1')).toHaveText(fm.title);
});

test('the search page lists results for a query in the URL', async ({ page }) => {
  await page.goto(`/search?q=${WORD}`);
  const result = page.getByRole('heading', { level: 2, name: 'However Long It Takes' }).getByRole('link');
  await expect(result).toBeVisible();
  await expect(page.locator('mark').filter({ hasText: WORD }).first()).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/blog\/however-long-it-takes$/);
});

/** Holds back the chunk with the search box's code, as a slow network would, until `release`. */
async function holdSearchCode(page: Page): Promise<{ heldUrl: () => string | undefined; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let heldUrl: string | undefined;
  await page.route('**/assets/js/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('navbar__search-input')) {
      heldUrl = route.request().url();
      await released;
    }
    await route.fulfill({ response, body });
  });
  return { heldUrl: () => heldUrl, release };
}

function countIndexRequests(page: Page): string[] {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/search-index.*\.json/.test(request.url())) indexRequests.push(request.url());
  });
  return indexRequests;
}

test('the search box loads after hydration, and keeps what was typed into it before that', async ({ page }) => {
  const code = await holdSearchCode(page);
  const indexRequests = countIndexRequests(page);
  await page.goto('/');
  await expect.poll(code.heldUrl).toBeTruthy();
  const box = page.locator('input.navbar__search-input');
  await box.focus();
  await box.pressSequentially(WORD.toLowerCase());
  expect(indexRequests).toEqual([]);
  code.release();
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(WORD.toLowerCase());
  expect(indexRequests.length).toBe(1);
});

test('what is typed after the search code has arrived, but before the real box is on the page, is kept', async ({
  page,
}) => {
  const code = await holdSearchCode(page);
  const indexRequests = countIndexRequests(page);
  await page.goto('/');
  await expect.poll(code.heldUrl).toBeTruthy();
  // The chunk's load event fires after its code has run and the swap has been scheduled, but
  // before React has rendered it: type into the server's box in exactly that gap.
  await page.evaluate(
    ([src, word]) =>
      document.addEventListener(
        'load',
        (event) => {
          const script = event.target as HTMLScriptElement;
          if (script.tagName !== 'SCRIPT' || script.src !== src) return;
          const input = document.querySelector<HTMLInputElement>('input.navbar__search-input')!;
          input.focus();
          input.value = word;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          (window as { typedInGap?: HTMLInputElement }).typedInGap = input;
        },
        true,
      ),
    [code.heldUrl()!, WORD.toLowerCase()] as const,
  );
  code.release();
  const box = page.locator('input.navbar__search-input');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(WORD.toLowerCase());
  // The gap was real: the box typed into is not the one on the page now.
  expect(
    await page.evaluate(() => {
      const typed = (window as { typedInGap?: HTMLInputElement }).typedInGap;
      return Boolean(typed) && !typed!.isConnected;
    }),
  ).toBe(true);
  expect(indexRequests.length).toBe(1);
});
