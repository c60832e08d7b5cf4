/**
 * The published Open Graph cards, as a browser sees them: each is the drawing of its post, and
 * an emoji on a card comes out in colour. Also: Chromium itself draws emoji in colour (Debian's
 * fonts-noto-color-emoji, installed by scripts/ensure-chromium.sh), so screenshots show them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { test, expect, ROUTES, SITE, SITE_DIR } from './fixtures';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from '../../src/lib/og';
import { emojiColourShare, EMOJI_COLOUR_SHARE, type Box } from '../helpers/card-emoji';
import type { DrawnCard } from '../helpers/draw-cards';

/** Enough cards to catch a drawing that differs from the build's, few enough to stay quick at 1,000 posts. */
const COMPARED = 10;

// Drawing starts a process that loads satori, resvg and the fonts: slower than a page on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Cards drawn from the posts of the site under test by the drawing code, outside the build (see draw-cards.ts). */
function drawCards(...args: string[]): DrawnCard[] {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, ['test/helpers/draw-cards.ts', '--site', SITE_DIR, '--title', SITE.title, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as DrawnCard[];
}

/** Chromium loads the image at `url` and hands back its size and the RGBA bytes of each box. */
function readInBrowser(page: Page, url: string, boxes: Box[]) {
  return page.evaluate(
    async ({ url, boxes }) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return {
        width: image.naturalWidth,
        height: image.naturalHeight,
        boxes: boxes.map((box) => Array.from(context.getImageData(box.x, box.y, box.width, box.height).data)),
      };
    },
    { url, boxes },
  );
}

test("each post's published card is the drawing of that post, and Chromium opens it at 1200×630", async ({
  page,
  request,
}) => {
  const cards = drawCards('--count', String(COMPARED));
  expect(cards.length).toBeGreaterThan(0);
  await page.goto(ROUTES.home);
  for (const { slug, png } of cards) {
    const published = await (await request.get(ogImagePath(slug))).body();
    expect(published.equals(Buffer.from(png, 'base64')), `${ogImagePath(slug)} is the drawing of ${slug}`).toBe(true);
    const seen = await readInBrowser(page, ogImagePath(slug), []);
    expect({ width: seen.width, height: seen.height }).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
  }
});

test("a post's card shows its emoji in colour in the browser", async ({ page }) => {
  const [card] = drawCards('--emoji');
  expect(card, 'a post to draw').toBeDefined();
  const { slug, added, png, emoji } = card!;
  if (added) {
    // No post's card shows an emoji today: the browser opens the card the build would draw for
    // this post were its title to end in one. The test above shows the build publishes exactly
    // the drawing.
    await page.route(`**${ogImagePath(slug)}`, (route) =>
      route.fulfill({ contentType: 'image/png', body: Buffer.from(png, 'base64') }),
    );
    test.info().annotations.push({ type: 'drawing path', description: `${slug}'s card with 🤞 added to its title` });
  }
  expect(emoji.length, `where satori put the emoji on ${slug}'s card`).toBeGreaterThan(0);
  await page.goto(ROUTES.home);
  const seen = await readInBrowser(page, ogImagePath(slug), emoji);
  for (const [index, pixels] of seen.boxes.entries()) {
    expect(emojiColourShare(pixels), `emoji ${index + 1} on ${slug}'s card`).toBeGreaterThan(EMOJI_COLOUR_SHARE);
  }
});

test('Chromium draws emoji in colour, so screenshots show them', async ({ page }) => {
  await page.setContent('<p id="emoji" style="font-size:96px;line-height:1;margin:0;display:inline-block">🤞</p>');
  const shot = await page.locator('#emoji').screenshot();
  const pixels = await sharp(shot).ensureAlpha().raw().toBuffer();
  expect(emojiColourShare(pixels)).toBeGreaterThan(EMOJI_COLOUR_SHARE);
});
