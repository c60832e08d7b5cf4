import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../scripts/content/post';
import { test, expect } from './fixtures';

const POST = 'however-long-it-takes';
const WORD = 'Stuttgart';

test('search finds a story by a word that only its body contains, loading the index on first use', async ({ page }) => {
  // The word must be in the body, not in what a list would show anyway.
  const { data, content } = parsePost(POST, readFileSync(join('blog', `${POST}.md`), 'utf8'));
  const fm = data as { title: string; description: string };
  expect(content).toContain(WORD);
  expect(`${fm.title} ${fm.description}`).not.toContain(WORD);

  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/search-index.*\.json/.test(request.url())) indexRequests.push(request.url());
  });
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

test('the search box loads after hydration, and keeps what was typed into it before that', async ({ page }) => {
  // Hold back the chunk with the search box's code, as a slow network would.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route('**/assets/js/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('navbar__search-input')) {
      held = true;
      await released;
    }
    await route.fulfill({ response, body });
  });
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/search-index.*\.json/.test(request.url())) indexRequests.push(request.url());
  });
  await page.goto('/');
  await expect.poll(() => held).toBe(true);
  const box = page.locator('input.navbar__search-input');
  await box.focus();
  await box.pressSequentially(WORD.toLowerCase());
  expect(indexRequests).toEqual([]);
  release();
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(WORD.toLowerCase());
  expect(indexRequests.length).toBe(1);
});
