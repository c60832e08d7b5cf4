import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardKey, cardTree, drawingVersions, loadFonts, type OgCard } from '../../src/plugins/og-image/render';
import ogImagePlugin, { CACHE_DIR, prepareCards, pruneCache } from '../../src/plugins/og-image';
import { drawInWorkers } from '../../src/plugins/og-image/pool';
import { drawCard, drawSvg } from '../../src/plugins/og-image/draw.mjs';
import { EMOJI_SET, emojiFile, loadAdditionalAsset } from '../../src/plugins/og-image/emoji.mjs';
import { encodePng, exactPalettePng } from '../../src/plugins/og-image/png.mjs';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';
import type { LoadContext } from '@docusaurus/types';
import { ROOT } from '../helpers/paths';
import { crop, emojiBoxes, emojiColourShare, EMOJI_COLOUR_SHARE } from '../helpers/card-emoji';
import { copySite } from '../helpers/site';
import { loadPosts, loadSite } from '@sde/content-engine';

const copies: { dispose: () => void }[] = [];
afterAll(() => copies.forEach((copy) => copy.dispose()));

/** A copy of the site whose blog holds the seed stories (never blog/'s own posts), and its posts. */
function seedSite(): { dir: string; slugs: string[] } {
  const copy = copySite({ posts: 'seeds' });
  copies.push(copy);
  const slugs = loadPosts(loadSite(copy.dir)).map((post) => post.frontMatter.slug);
  expect(slugs.length).toBeGreaterThan(1);
  return { dir: copy.dir, slugs };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** IHDR's colour type: 3 is a palette PNG, 6 full colour with alpha. */
const colourType = (png: Buffer) => png[25];

/** A PNG's pixels as RGBA bytes, decoded by libvips (not by our own encoder). */
async function decode(png: Buffer): Promise<Uint8Array> {
  return new Uint8Array(await sharp(png).ensureAlpha().raw().toBuffer());
}

const fonts = loadFonts();
const draw = (tree: unknown) => drawCard(tree, fonts, OG_WIDTH, OG_HEIGHT);

const card: OgCard = {
  siteTitle: 'Support-Driven Engineering',
  title: 'Ёлка and a week in support',
  authors: ['Jelena Barinova'],
  tags: ['Know-how'],
  date: '2013-05-31',
};

describe('Open Graph cards', () => {
  it('are 1200×630 palette PNGs drawn with the bundled fonts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sde-og-card-')), 'card.png');
    await drawInWorkers([{ tree: cardTree(card), file }], fonts, 1);
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(colourType(png)).toBe(3);
  });

  it('are laid out without clip paths or masks, which cost resvg a card-sized layer each', async () => {
    const svg = await drawSvg(
      cardTree({ ...card, tags: ['Know-how', 'Career', 'Hiring', 'Support', 'Process'] }),
      fonts,
      OG_WIDTH,
      OG_HEIGHT,
    );
    // Satori defines a mask for every box; only one that is used costs anything.
    expect(svg).not.toMatch(/clip-path="|mask="/);
    // Every tag still gets its pill: a mint box with the fill inside it.
    expect(svg.match(/fill="#9be6df" d="M/g)?.length).toBeGreaterThanOrEqual(5 + 1);
    expect(svg.match(/fill="#074d4d" d="M/g)).toHaveLength(5);
  });

  it("keep a covered card's pills see-through: outlined, not filled", async () => {
    const tags = ['Know-how', 'Career'];
    const svg = await drawSvg(cardTree({ ...card, tags, cover: 'a cover' }), fonts, OG_WIDTH, OG_HEIGHT);
    expect(svg).not.toMatch(/fill="#074d4d" d="M/);
    expect(svg.match(/stroke="#9be6df"/g)).toHaveLength(tags.length);
  });

  it('draw an emoji in the title from the bundled emoji set, in colour', async () => {
    const withEmoji = cardTree({ ...card, title: 'Fingers crossed 🤞 for the job' });
    const boxes = emojiBoxes(await drawSvg(withEmoji, fonts, OG_WIDTH, OG_HEIGHT));
    expect(boxes).toHaveLength(1);
    const [box] = boxes as [(typeof boxes)[0]];
    const pixels = await decode(await draw(withEmoji));
    expect(emojiColourShare(crop(pixels, OG_WIDTH, box))).toBeGreaterThan(EMOJI_COLOUR_SHARE);
    // The check can fail: the same place on a card with a letter there holds only the card's colours.
    const plain = await decode(await draw(cardTree({ ...card, title: 'Fingers crossed X for the job' })));
    expect(emojiColourShare(crop(plain, OG_WIDTH, box))).toBe(0);
  });

  it('find Twemoji files with and without the emoji variation selector, and leave out what the set lacks', async () => {
    expect(emojiFile('🤞')).toMatch(/1f91e\.svg$/);
    expect(emojiFile('❤️')).toMatch(/2764\.svg$/);
    expect(emojiFile('👩‍💻')).toMatch(/1f469-200d-1f4bb\.svg$/);
    expect(await loadAdditionalAsset('emoji', '🤞')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await loadAdditionalAsset('emoji', '\u{10FFFD}')).toEqual([]);
    expect(await loadAdditionalAsset('ja-JP', '骨')).toEqual([]);
  });

  it('keep exactly the colours they were drawn with when there are at most 256', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const svg = await drawSvg(cardTree(card), fonts, OG_WIDTH, OG_HEIGHT);
    const drawn = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const png = exactPalettePng(drawn, OG_WIDTH, OG_HEIGHT)!;
    expect(colourType(png)).toBe(3);
    expect(Buffer.from(await decode(png)).equals(drawn)).toBe(true);
  });

  it('are cut to a 256-colour palette when emoji bring more colours, and stay close to the drawing', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const tree = cardTree({ ...card, title: 'Launch 🚀🔥🎉 with 👩‍💻 ❤️ 🇺🇦 and 👍🏽' });
    const drawn = new Resvg(await drawSvg(tree, fonts, OG_WIDTH, OG_HEIGHT), {
      font: { loadSystemFonts: false },
    }).render().pixels;
    expect(exactPalettePng(drawn, OG_WIDTH, OG_HEIGHT)).toBeUndefined();
    const png = await encodePng(drawn, OG_WIDTH, OG_HEIGHT);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(colourType(png)).toBe(3);
    const decoded = await decode(png);
    let difference = 0;
    for (let at = 0; at < drawn.length; at++) difference += Math.abs(decoded[at]! - drawn[at]!);
    expect(difference / drawn.length).toBeLessThan(1);
  });

  it('are not written as exact palettes when the picture is not opaque', () => {
    const rgba = new Uint8Array(4 * 4).fill(255);
    expect(exactPalettePng(rgba, 2, 2)).toBeInstanceOf(Buffer);
    rgba[3] = 128;
    expect(exactPalettePng(rgba, 2, 2)).toBeUndefined();
  });

  it('are keyed by what they show and by what draws them', () => {
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardKey(card)).not.toBe(cardKey({ ...card, title: 'Another title' }));
    expect(cardKey(card)).not.toBe(cardKey({ ...card, tags: ['Career'] }));
    const versions = drawingVersions();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/@twemoji/svg/package.json'), 'utf8')) as {
      version: string;
    };
    expect(versions.emoji).toBe(`@twemoji/svg@${pkg.version}`);
    expect(EMOJI_SET).toBe(versions.emoji);
    expect(cardKey(card, versions)).toBe(cardKey(card));
    expect(cardKey(card, { ...versions, emoji: '@twemoji/svg@99.0.0' })).not.toBe(cardKey(card));
    expect(cardKey(card, { ...versions, sharp: '0.0.1' })).not.toBe(cardKey(card));
  });

  it('are drawn once and then read from the cache', async () => {
    const { dir: site, slugs } = seedSite();
    const first = { drawn: 0, cached: 0 };
    const cards = await prepareCards(loadSite(site), 'Site', first);
    expect(first).toMatchObject({ drawn: cards.length, cached: 0 });
    expect(cards.map((card) => card.slug).sort()).toEqual([...slugs].sort());
    const second = { drawn: 0, cached: 0 };
    const again = await prepareCards(loadSite(site), 'Site', second);
    expect(second).toMatchObject({ drawn: 0, cached: cards.length });
    expect(again).toEqual(cards);
    for (const { file } of cards) expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  it('are drawn on worker threads, each card once even when two posts show the same one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-og-pool-'));
    const tree = { type: 'div', props: { style: { display: 'flex', width: 1200, height: 630 }, children: 'A' } };
    const files = ['a', 'b', 'c'].map((name) => join(dir, `${name}.png`));
    await drawInWorkers(
      files.map((file) => ({ tree, file })),
      fonts,
      2,
    );
    for (const file of files) expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'b.png', 'c.png']);
  });

  it('stop on a card that cannot be drawn, name its file and leave no partial PNG behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-og-bad-'));
    const bad = join(dir, 'bad.png');
    // Text with no font to measure it: satori refuses to lay it out.
    const tree = { type: 'div', props: { style: { display: 'flex' }, children: 'text' } };
    await expect(drawInWorkers([{ tree, file: bad }], [], 1)).rejects.toThrow(bad);
    expect(existsSync(bad)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('are drawn while the site builds, and postBuild waits for them and copies one per post', async () => {
    const { dir: site, slugs } = seedSite();
    const plugin = ogImagePlugin({ siteDir: site, siteConfig: { title: 'Site' } } as LoadContext)!;
    const content = await plugin.loadContent!();
    const outDir = join(site, 'build');
    await plugin.postBuild!({ outDir, content } as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    const published = readdirSync(join(outDir, 'img', 'og')).sort();
    expect(published).toEqual(slugs.map((slug) => `${slug}.png`).sort());
  });

  it('are not drawn by `npm start` (NODE_ENV=development): only a build publishes them', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      expect(ogImagePlugin({ siteDir: seedSite().dir, siteConfig: { title: 'Site' } } as LoadContext)).toBeNull();
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  // Canary for upstream: the cache sits outside what `docusaurus clear` removes (.docusaurus, build,
  // node_modules/.cache), so `npm run clear` keeps cards; their keys already name all they depend on.
  it('stay cached across npm run clear', () => {
    const site = mkdtempSync(join(tmpdir(), 'sde-og-clear-'));
    const cached = join(site, CACHE_DIR, `${'c'.repeat(32)}.png`);
    for (const dir of [join(site, CACHE_DIR), join(site, '.docusaurus'), join(site, 'build')]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileSync(cached, 'card');
    const docusaurus = join(ROOT, 'node_modules', '.bin', 'docusaurus');
    const result = spawnSync(docusaurus, ['clear', site], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(site, '.docusaurus'))).toBe(false);
    expect(existsSync(join(site, 'build'))).toBe(false);
    expect(existsSync(cached)).toBe(true);
  });

  it('leave the cache holding only the cards posts still show', async () => {
    const { dir: site } = seedSite();
    const cards = await prepareCards(loadSite(site), 'Site', { drawn: 0, cached: 0 });
    const cacheDir = join(site, CACHE_DIR);
    const stale = join(cacheDir, `${'a'.repeat(32)}.png`);
    const foreign = join(cacheDir, 'notes.txt');
    const drawing = join(cacheDir, `${'b'.repeat(32)}.png.123-1.tmp`);
    for (const file of [stale, foreign, drawing]) writeFileSync(file, 'x');
    expect(pruneCache(site, cards)).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
    expect(existsSync(drawing)).toBe(true);
    for (const { file } of cards) expect(existsSync(file)).toBe(true);
    expect(pruneCache(site, cards)).toBe(0);
  });
});
