/**
 * The stylesheet is trimmed after the build to what its pages and scripts use (scripts/postbuild/).
 * Trimming must change nothing a reader sees: every element of these pages has the same computed
 * style, pseudo-elements included, with the trimmed stylesheet as with the untrimmed one the build
 * step kept aside. Reads the production build in build/ and .cache/untrimmed-css/.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUntrimmedManifest } from '../../scripts/postbuild/finish';
import { filesUnder } from '../../scripts/postbuild/files';
import { test, expect, docUrl, lockedPostUrls, BUILD_DIR, ROUTES, SITE_DIR } from './fixtures';

const UNTRIMMED = join(SITE_DIR, '.cache', 'untrimmed-css');
/** The page that shows the components whose classes only their own scripts and pages name. */
const COMPONENTS = docUrl('authoring/components.mdx');

function untrimmedCss(trimmedPath: string): string {
  const untrimmed = readUntrimmedManifest(UNTRIMMED)[trimmedPath];
  if (!untrimmed) throw new Error(`no untrimmed copy of ${trimmedPath} in ${UNTRIMMED}: run npm run build`);
  return readFileSync(join(UNTRIMMED, untrimmed), 'utf8');
}

/**
 * Computed styles of every element of the page as it is (pseudo-elements included; custom
 * properties left out, as they show only through the properties that read them), then again once
 * its stylesheets are swapped for `css(their path)`. Returns what differs, at most `limit` lines.
 */
async function styleDifferences(page: Page, css: (path: string) => string, limit = 40): Promise<string[]> {
  await page.route('**/__swapped/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/__swapped\//, '');
    await route.fulfill({ contentType: 'text/css; charset=utf-8', body: css(path) });
  });
  return page.evaluate(async (limit) => {
    const settle = () => Promise.all(document.getAnimations().map((animation) => animation.finished));
    const properties = Array.from(getComputedStyle(document.body)).filter((property) => !property.startsWith('--'));
    // What a closed <details> folds away is not rendered, and Chromium reports the sizes of its last
    // layout, if any, there: the reader sees only the summary.
    const folded = (element: Element) => {
      const details = element.closest('details:not([open])');
      return details !== null && details !== element && element.closest('summary')?.parentElement !== details;
    };
    const elements = [
      document.documentElement,
      document.body,
      ...Array.from(document.body.querySelectorAll('*')).filter((element) => !folded(element)),
    ];
    const snapshot = () =>
      elements.flatMap((element) =>
        ['', '::before', '::after'].map((pseudo) => {
          const style = getComputedStyle(element, pseudo || null);
          // A pseudo-element without content is not drawn: its other properties do not show.
          if (pseudo && style.content === 'none') return ['none'];
          return properties.map((property) => style.getPropertyValue(property));
        }),
      );
    await settle();
    const before = snapshot();
    const links = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet][href*="/assets/css/"]'));
    if (links.length === 0) throw new Error('no stylesheet of the build on this page');
    await Promise.all(
      links.map(
        (link) =>
          new Promise((resolve, reject) => {
            link.onload = resolve;
            link.onerror = reject;
            link.href = `/__swapped${new URL(link.href).pathname}`;
          }),
      ),
    );
    await settle();
    const after = snapshot();
    const found: string[] = [];
    before.forEach((values, index) => {
      const other = after[index]!;
      const element = elements[Math.floor(index / 3)]!;
      const where = `${element.localName}${element.id ? `#${element.id}` : ''}.${(element.getAttribute('class') ?? '').replaceAll(' ', '.')}${['', '::before', '::after'][index % 3]}`;
      if (values.length !== other.length) found.push(`${where} drawn: ${values.length > 1} | ${other.length > 1}`);
      else
        values.forEach(
          (value, i) => value !== other[i] && found.push(`${where} ${properties[i]}: ${value} | ${other[i]}`),
        );
    });
    return found.slice(0, limit);
  }, limit);
}

/** Open the folded section and pick the second tab: the styles those states add must survive too. */
async function interact(page: Page): Promise<void> {
  await page.locator('details summary').first().click();
  await expect(page.locator('details').first()).toHaveAttribute('open', '');
  await page.getByRole('tab').nth(1).click();
  await expect(page.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
}

const PAGES: [string, string][] = [
  ['the components page', COMPONENTS],
  ['home', ROUTES.home],
  ['a post', lockedPostUrls()[0]!],
  ['the tags index', ROUTES.tags],
  ['the 404 page', '/no-such-page'],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of PAGES) {
      test(`${name} looks the same with the trimmed stylesheet as with the untrimmed one`, async ({ page, guard }) => {
        const response = await page.goto(path);
        await page.waitForLoadState('networkidle');
        if (path === COMPONENTS) await interact(page);
        expect(await styleDifferences(page, untrimmedCss)).toEqual([]);
        if (response!.status() === 404) {
          // The 404 status itself is logged as a console error: expected here, so not a failure.
          guard.splice(0, guard.length, ...guard.filter((problem) => !/status of 404/.test(problem)));
        }
      });
    }
  });
}

test.describe('on a phone, with the navigation menu open', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [ROUTES.home, COMPONENTS]) {
    test(`${path} looks the same with the trimmed stylesheet as with the untrimmed one`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole('button', { name: /toggle navigation bar/i }).tap();
      await expect(page.locator('.navbar-sidebar')).toBeVisible();
      expect(await styleDifferences(page, untrimmedCss)).toEqual([]);
    });
  }
});

test('the components page is styled: tabs, folded section and every callout kind', async ({ page }) => {
  await page.goto(COMPONENTS);
  const activeTab = page.getByRole('tab', { selected: true });
  await expect(activeTab).toHaveCSS('border-bottom-style', 'solid');
  await expect(page.getByRole('tab', { selected: false }).first()).toHaveCSS('cursor', 'pointer');
  for (const kind of ['note', 'tip', 'info', 'warning', 'danger', 'caution']) {
    const callout = page.locator(`.theme-admonition-${kind}`);
    await expect(callout, kind).toHaveCount(1);
    await expect(callout).toHaveCSS('border-left-style', 'solid');
    expect(await callout.evaluate((node) => getComputedStyle(node).backgroundColor), kind).not.toBe('rgba(0, 0, 0, 0)');
  }
  await expect(page.locator('details').first()).toHaveCSS('border-left-style', 'solid');
});

test('the comparison catches a dropped rule: without the tab rules the tabs differ', async ({ page }) => {
  await page.goto(COMPONENTS);
  const withoutTabs = (path: string) => untrimmedCss(path).replace(/\.tabs__item\{[^}]*\}/g, '');
  expect(await styleDifferences(page, withoutTabs, Infinity)).toContainEqual(
    expect.stringMatching(/^li\.tabs__item.* cursor: pointer \| auto$/),
  );
});

test('each stylesheet is the trimmed one the build step recorded, and pages link to it', () => {
  const sheets = filesUnder(join(BUILD_DIR, 'assets', 'css'), '.css');
  expect(sheets.length).toBeGreaterThan(0);
  const manifest = readUntrimmedManifest(UNTRIMMED);
  for (const sheet of sheets) {
    const path = sheet
      .slice(BUILD_DIR.length + 1)
      .split('\\')
      .join('/');
    expect(manifest[path], `${path} was trimmed by the build`).toBeTruthy();
    expect(readFileSync(join(BUILD_DIR, 'index.html'), 'utf8')).toContain(`/${path}`);
  }
  expect(sheets.map((sheet) => readFileSync(sheet, 'utf8')).join('\n')).toMatch(/\[data-theme=dark\]/);
});
