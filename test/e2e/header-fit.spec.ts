/**
 * The header fits from 320 px up (src/css/custom.css): at each width, every visible part of it
 * (menu button, logo, the site's name, links, colour-mode toggle, search box) lies inside the
 * header and clear of the others, the name is shown whole, and the page does not scroll sideways.
 * Before and after the page's scripts run, since the search box's code swaps in after hydration.
 */
import type { Page } from '@playwright/test';
import { test, expect, ROUTES, SITE } from './fixtures';

const PHONES = [320, 360, 390];
const WIDER = [430, 768, 997, 1280];

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The header's visible parts and the box they must stay in. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (name: string, element: Element): Box => {
      const rect = element.getBoundingClientRect();
      return { name, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    };
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const navbar = document.querySelector('.navbar__inner')!;
    const brand = document.querySelector('.navbar__brand')!;
    const parts = [
      ...Array.from(document.querySelectorAll('.navbar__inner .navbar__items > *:not(.navbar__brand)')),
      ...Array.from(brand.children),
    ].filter(visible);
    const title = document.querySelector<HTMLElement>('.navbar__title')!;
    return {
      header: box('header', navbar),
      parts: parts.map((part) => box(name(part), part)),
      title: {
        text: title.textContent,
        clipped: title.scrollWidth > title.clientWidth + 0.5 || title.scrollHeight > title.clientHeight + 0.5,
        ellipsis:
          getComputedStyle(title).textOverflow === 'ellipsis' && getComputedStyle(title).whiteSpace === 'nowrap',
      },
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

async function expectFits(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  const { header, parts, title, pageWidth } = await measure(page);
  expect(pageWidth, 'no sideways scrolling').toBeLessThanOrEqual(width);
  expect(title.text).toBe(SITE.title);
  expect(title.clipped, 'the site’s name is shown whole').toBe(false);
  expect(parts.map((part) => part.name).join(' | ')).toContain('navbar__title');
  for (const part of parts) {
    expect(part.left, `${part.name} inside the header`).toBeGreaterThanOrEqual(header.left - 0.5);
    expect(part.right, `${part.name} inside the header`).toBeLessThanOrEqual(header.right + 0.5);
    expect(part.top, `${part.name} inside the header`).toBeGreaterThanOrEqual(header.top - 0.5);
    expect(part.bottom, `${part.name} inside the header`).toBeLessThanOrEqual(header.bottom + 0.5);
  }
  for (const [i, a] of parts.entries()) {
    for (const b of parts.slice(i + 1)) expect(overlap(a, b), `${a.name} clear of ${b.name}`).toBe(false);
  }
}

for (const hydrate of [false, true]) {
  test.describe(hydrate ? 'after the scripts run' : 'before the scripts run', () => {
    test.use({ hydrate });

    test(`the header fits on small phones (${PHONES.join(', ')} px) and wider screens`, async ({ page }) => {
      await page.goto(ROUTES.home);
      for (const width of [...PHONES, ...WIDER]) await expectFits(page, width);
    });
  });
}

test('below 360 px the search box is its magnifier, and spans the header while it has focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(ROUTES.home);
  const input = page.locator('.navbar__search-input');
  const header = (await page.locator('.navbar__inner').boundingBox())!;
  expect((await input.boundingBox())!.width).toBeLessThan(48);
  await input.focus();
  await input.pressSequentially('stutt');
  // The search code arrives on the first keys and may put its own input in place: measure whichever is there.
  await expect(input).toHaveValue('stutt');
  await expect(input).toBeFocused();
  await expect.poll(async () => (await input.boundingBox())?.width ?? 0).toBeGreaterThan(header.width * 0.9);
  const open = (await input.boundingBox())!;
  expect(open.y).toBeGreaterThanOrEqual(header.y - 0.5);
  expect(open.y + open.height).toBeLessThanOrEqual(header.y + header.height + 0.5);
  await expect(input).toHaveValue('stutt');
});
