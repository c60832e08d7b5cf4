/**
 * Search (src/plugins/search, src/theme/SearchBar, src/theme/SearchPage, src/islands/search-box.ts):
 * Pagefind's index of the stories and docs, fetched only once the reader reaches for the box.
 * Reader pages never hydrate: their box is the build's form, run by the site's search-box island.
 * The search page hydrates, and its box is the React one, whose code loads when the reader
 * reaches for it. The words searched for are chosen from the site under test when the suite
 * starts, never pinned: a word only one story's body holds, and a word list pages show.
 */
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  bodyOnlyWord,
  docUrl,
  escapeRegExp,
  listedPostUrls,
  listedWord,
  postUrl,
  ROUTES,
} from './fixtures';
import { holdIslands, scriptRequests, searchRequests } from './islands';

const TARGET = bodyOnlyWord();
/** The story that alone holds WORD, in its body. */
const POST = postUrl(TARGET.post.frontMatter.slug);
const WORD = TARGET.word;
const SEARCH = ROUTES.pages.search!;
const BOX = 'input.navbar__search-input';
const RESULTS_CHECKED = 60;

/** The story's title, and a check that WORD is only in its body (not what a list would show). */
function bodyOnlyStory(): { title: string } {
  const { content, frontMatter: fm } = TARGET.post;
  expect(content).toContain(WORD);
  expect(`${fm.title} ${fm.description}`).not.toContain(WORD);
  return { title: fm.title };
}

/**
 * Holds back the chunk with the React search box's code, as a slow network would, until `release`:
 * on the search page, the one page whose navbar box is React's.
 */
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

test('nothing search-related is fetched before the reader reaches for the box', async ({ page }) => {
  const scripts = scriptRequests(page);
  const requests = searchRequests(page);
  await page.goto(ROUTES.home);
  await page.waitForLoadState('networkidle');
  expect(requests, 'no index or Pagefind code').toEqual([]);
  // The box's code is the islands bundle's, a few KB: no chunk of its own, no main.js.
  expect(scripts.length).toBeGreaterThan(0);
  expect(
    scripts.filter((path) => !/\/assets\/js\/islands\.[^/]+\.js$/.test(path)),
    'only the islands',
  ).toEqual([]);
  // Pointing at the box is reaching for it: Pagefind starts loading.
  await page.locator(BOX).hover();
  await expect.poll(() => requests).toContain('/pagefind/pagefind.js');
});

test('on the search page, which hydrates, nothing of the navbar box’s React code loads before the reader reaches for it', async ({
  page,
}) => {
  const code = await holdSearchCode(page);
  await page.goto(SEARCH);
  await page.waitForLoadState('networkidle');
  expect(code.heldUrl(), 'no search box code').toBeUndefined();
  code.release();
  await page.locator(BOX).hover();
  await expect.poll(code.heldUrl).toBeTruthy();
});

test('a word only the body of a story contains finds that story first, and choosing it opens the story', async ({
  page,
}) => {
  const { title } = bodyOnlyStory();
  const requests = searchRequests(page);
  await page.goto(ROUTES.home);
  const box = page.locator(BOX);
  await box.focus();
  await box.fill(WORD.toLowerCase());
  const first = page.getByRole('option').first();
  await expect(first).toContainText(title);
  await expect(first.locator('mark').first()).toHaveText(new RegExp(WORD, 'i'));
  expect(requests.filter((path) => path.endsWith('/pagefind.js'))).toHaveLength(1);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(POST)}$`));
  await expect(page.locator('article h1')).toHaveText(title);
});

test('the results work from the keyboard: arrows choose, Enter opens, Escape closes', async ({ page }) => {
  const { title } = bodyOnlyStory();
  await page.goto(docUrl('authoring/index.mdx'));
  const box = page.locator(BOX);
  await box.focus();
  await page.keyboard.type(WORD.toLowerCase());
  const first = page.getByRole('option').first();
  await expect(first).toContainText(title);
  await expect(box).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('ArrowDown');
  await expect(first).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(POST)}$`));
});

test('Enter without choosing a result opens the search page for the query', async ({ page }) => {
  await page.goto(ROUTES.home);
  const box = page.locator(BOX);
  await box.focus();
  await page.keyboard.type(WORD.toLowerCase());
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${SEARCH}?q=${WORD.toLowerCase()}`)}$`));
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('the search page lists results for a query in the URL', async ({ page }) => {
  const { title } = bodyOnlyStory();
  await page.goto(`${SEARCH}?q=${WORD}`);
  const result = page.getByRole('heading', { level: 2, name: title }).getByRole('link');
  await expect(result).toBeVisible();
  await expect(page.locator('mark').filter({ hasText: WORD }).first()).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(POST)}$`));
});

test('only stories and docs are results, each under its own title', async ({ page }) => {
  // A word list pages also show (the newest story's title holds it), in several stories or docs.
  const { word, pages } = listedWord();
  expect(pages, `"${word}" is in more than one story or doc`).toBeGreaterThan(1);
  await page.goto(`${SEARCH}?q=${encodeURIComponent(word)}`);
  await expect(page.locator('main').getByRole('status')).toContainText('result');
  const links = page.locator('main ol h2 a');
  const more = page.getByRole('button', { name: 'Show more results' });
  // Every result on a small site; on a large one, the first RESULTS_CHECKED, where a list page
  // (which repeats these words for every story it lists) would rank if it were indexed.
  while ((await more.isVisible()) && (await links.count()) < RESULTS_CHECKED) {
    const shown = await links.count();
    await more.click();
    await expect.poll(() => links.count()).toBeGreaterThan(shown);
  }
  const results = await links.evaluateAll((nodes) =>
    nodes.map((node) => ({ href: new URL((node as HTMLAnchorElement).href).pathname, title: node.textContent ?? '' })),
  );
  expect(results.length).toBeGreaterThan(1);
  const stories = new Set(listedPostUrls());
  for (const { href, title } of results) {
    const doc = href === ROUTES.docs || href.startsWith(`${ROUTES.docs}/`);
    expect(stories.has(href) || doc, `${href} is a story or a doc`).toBe(true);
    expect(title.trim(), `${href} has a title`).not.toEqual('');
    expect(title).not.toContain('/');
  }
  // Each title is the one on its page.
  const [{ href, title }] = results as [{ href: string; title: string }];
  await page.goto(href);
  await expect(page.locator('h1').first()).toHaveText(title);
});

test('on the search page, the box’s code loads when the reader reaches for it, and keeps what was typed before that', async ({
  page,
}) => {
  const code = await holdSearchCode(page);
  await page.goto(SEARCH);
  const box = page.locator(BOX);
  await box.focus();
  await expect.poll(code.heldUrl).toBeTruthy();
  await box.pressSequentially(WORD.toLowerCase());
  code.release();
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(WORD.toLowerCase());
});

test('on the search page, what is typed after the box’s code has arrived, but before the real box is on the page, is kept', async ({
  page,
}) => {
  const code = await holdSearchCode(page);
  await page.goto(SEARCH);
  // Pointing at the box starts its code; the reader has not focused it yet.
  await page.locator(BOX).hover();
  await expect.poll(code.heldUrl).toBeTruthy();
  // The chunk's load event fires after its code has run and the swap has been scheduled, but
  // before React has rendered it: type into the server's box in exactly that gap.
  await page.evaluate(
    ([src, word, selector]) =>
      document.addEventListener(
        'load',
        (event) => {
          const script = event.target as HTMLScriptElement;
          if (script.tagName !== 'SCRIPT' || script.src !== src) return;
          const input = document.querySelector<HTMLInputElement>(selector)!;
          input.focus();
          input.value = word;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          (window as { typedInGap?: HTMLInputElement }).typedInGap = input;
        },
        true,
      ),
    [code.heldUrl()!, WORD.toLowerCase(), BOX] as const,
  );
  code.release();
  const box = page.locator(BOX);
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
});

test('what is typed before the islands start is searched once they do', async ({ page }) => {
  const { title } = bodyOnlyStory();
  const islands = await holdIslands(page);
  const loading = page.goto(ROUTES.home);
  const box = page.locator(BOX);
  await box.focus();
  await box.pressSequentially(WORD.toLowerCase());
  expect(islands.requested(), 'the islands were on their way').toBe(true);
  expect(await page.locator('html[data-islands]').count(), 'typed before the islands started').toBe(0);
  islands.release();
  await loading;
  await expect(page.getByRole('option').first()).toContainText(title);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(WORD.toLowerCase());
  await expect(box).toHaveAttribute('aria-expanded', 'true');
});

test('on the search page, what is typed before its scripts run is searched once they do', async ({ page }) => {
  const { title } = bodyOnlyStory();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/js/main.*.js', async (route) => {
    await released;
    await route.continue();
  });
  const loading = page.goto(SEARCH);
  const box = page.locator(BOX);
  await box.focus();
  await box.pressSequentially(WORD.toLowerCase());
  expect(await page.locator('html[data-has-hydrated="true"]').count(), 'typed before hydration').toBe(0);
  release();
  await loading;
  await expect(page.getByRole('option').first()).toContainText(title);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(WORD.toLowerCase());
});

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  test('the box is a real input, and Enter takes the query to the search page', async ({ page }) => {
    await page.goto(ROUTES.blog);
    const box = page.locator(BOX);
    await box.fill(WORD);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${SEARCH}?q=${WORD}`)}$`));
  });
});
