/**
 * The picture pipeline in a browser, on the picture fixture story (test/fixtures/pictures: a camera
 * photo as its cover, a screenshot and a diagram) in a copy of the site with the seed stories,
 * built once for this file: which file a phone and a desktop fetch, that the pictures look right in
 * both colour modes, and the cover on the story's card and in its lists. The build under test has
 * whatever stories blog/ holds, so this file builds its own.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from '@playwright/test';
import { blogRoute, loadSite, postRoute, siteRoutes, type Site } from '@sde/content-engine';
import { test, expect, watchPage } from './fixtures';
import type { PictureSite } from '../helpers/picture-site';
import { startSiteServer, type RunningSiteServer } from '../../scripts/serve/site-server';
import { ogImagePath, OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';

// One build for the file: the tests share it, in one worker.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let built: PictureSite | undefined;
let server: RunningSiteServer | undefined;
let story = '';
let site: Site | undefined;

test.beforeAll(async () => {
  test.setTimeout(400_000);
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, ['test/helpers/picture-site.ts'], { encoding: 'utf8', timeout: 380_000 });
  built = JSON.parse(out) as PictureSite;
  server = await startSiteServer(join(built.dir, 'build'));
  site = loadSite(built.dir);
  story = `${server.url}${postRoute(site, built.slug)}`;
});

test.afterAll(async () => {
  await server?.close();
  if (built) rmSync(built.dir, { recursive: true, force: true });
});

interface Device {
  width: number;
  height: number;
  scale: number;
}
const PHONE: Device = { width: 390, height: 844, scale: 3 };
const DESKTOP: Device = { width: 1280, height: 800, scale: 1 };

/** Opens the story on `device`, scrolls to its end so every lazy picture loads, and lists the picture files fetched. */
async function visit(
  browser: Browser,
  device: Device,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; fetched: string[]; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: device.width, height: device.height },
    deviceScaleFactor: device.scale,
    isMobile: device.width < 500,
    colorScheme,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  await watchPage(page, problems);
  const fetched: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/img/p/')) fetched.push(path.slice('/img/p/'.length));
  });
  await page.goto(story);
  const pictures = page.locator('article img');
  for (const img of await pictures.all()) await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() => pictures.evaluateAll((all) => all.every((img) => (img as HTMLImageElement).complete)))
    .toBe(true);
  return { page, fetched, problems, close: () => context.close() };
}

/** The width the name of a published file says it has (`<hash>-<settings>-<width>.<ext>`), or the extension of a file passed through. */
const describe = (name: string) => /-(\d+)\.(\w+)$/.exec(name)?.slice(1).join('.') ?? name.split('.').pop();

test('a phone at DPR 3 fetches the 1080 px AVIFs, a desktop at DPR 1 the 720 px ones, each picture once', async ({
  browser,
}) => {
  const phone = await visit(browser, PHONE);
  expect(phone.fetched.map(describe).sort()).toEqual(['1080.avif', '1080.avif', 'svg']);
  expect(phone.problems).toEqual([]);
  await phone.close();
  const desktop = await visit(browser, DESKTOP);
  expect(desktop.fetched.map(describe).sort()).toEqual(['720.avif', '720.avif', 'svg']);
  expect(desktop.problems).toEqual([]);
  await desktop.close();
});

test('the cover loads first and at once; pictures below it wait, and each keeps its room', async ({ browser }) => {
  const { page, close } = await visit(browser, DESKTOP);
  const images = await page.locator('article img').evaluateAll((all) =>
    all.map((node) => {
      const img = node as HTMLImageElement;
      return {
        loading: img.getAttribute('loading'),
        priority: img.getAttribute('fetchpriority'),
        ratio: Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
        shown: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
      };
    }),
  );
  expect(images.map((image) => [image.loading, image.priority])).toEqual([
    [null, 'high'],
    ['lazy', null],
    ['lazy', null],
  ]);
  for (const image of images) expect(Math.abs(image.shown - image.ratio)).toBeLessThan(0.02);
  await close();
});

/** Mean red, green and blue of a PNG or of a file sharp reads, at 64×64. */
async function meanColour(input: Buffer | string): Promise<number[]> {
  const { channels } = await sharp(input).resize(64, 64, { fit: 'fill' }).removeAlpha().stats();
  return channels.map((channel) => channel.mean);
}
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, i) => value - b[i]!));

for (const scheme of ['light', 'dark'] as const) {
  test(`the pictures look like their sources in ${scheme} mode`, async ({ browser }) => {
    const { page, close } = await visit(browser, DESKTOP, scheme);
    const shots = page.locator('article img');
    const { photo, screenshot, diagram } = built!.files;
    for (const [index, name] of [photo, screenshot, diagram].entries()) {
      const shot = await shots.nth(index).screenshot();
      const expected = await meanColour(await sharp(name).png().toBuffer());
      // The same picture, whatever the page's colours around it: a wrong or missing file, a
      // stretched crop or a filter of the dark theme moves the mean colour far more than this.
      expect(distance(await meanColour(shot), expected), name).toBeLessThan(12);
    }
    await close();
  });
}

test("the story's card shows its cover behind a legible title; lists show it small", async ({ browser }) => {
  const { page, close } = await visit(browser, DESKTOP);
  const card = await page.request.get(`${server!.url}${ogImagePath(built!.slug)}`);
  const png = await card.body();
  expect(await sharp(png).metadata()).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
  // A band right of the text (the title's box ends at x 1128): the flat card has one colour
  // there (no spread at all), the cover a photo's softened texture.
  const band = sharp(png).extract({ left: 1130, top: 0, width: OG_WIDTH - 1130, height: OG_HEIGHT });
  const { channels } = await band.clone().stats();
  expect(Math.max(...channels.slice(0, 3).map((channel) => channel.stdev))).toBeGreaterThan(2);
  // Under the scrim even the photo's lightest pixel leaves white text legible: WCAG's 3:1 for
  // large text (the title is 54 px or more), with room to spare.
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const { data, info } = await band.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let lightest = 0;
  for (let at = 0; at < data.length; at += info.channels) {
    const luminance = 0.2126 * linear(data[at]!) + 0.7152 * linear(data[at + 1]!) + 0.0722 * linear(data[at + 2]!);
    lightest = Math.max(lightest, luminance);
  }
  expect(1.05 / (lightest + 0.05)).toBeGreaterThan(3);
  await page.goto(`${server!.url}${blogRoute(site!)}`);
  const thumbnail = page.locator('article picture img').first();
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await expect(thumbnail).toHaveAttribute('alt', /elephants/);
  await page.goto(`${server!.url}${siteRoutes(site!).home}`);
  await expect(page.locator('main article picture img')).toHaveCount(1);
  await close();
});
