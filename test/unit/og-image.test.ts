import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardKey, cardTree, loadFonts, type OgCard } from '../../src/plugins/og-image/render';
import ogImagePlugin, { CACHE_DIR, prepareCards, pruneCache } from '../../src/plugins/og-image';
import { drawInWorkers } from '../../src/plugins/og-image/pool';
import type { LoadContext } from '@docusaurus/types';
import { ROOT } from '../helpers/paths';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card: OgCard = {
  siteTitle: 'Support-Driven Engineering',
  title: 'Ёлка and a week in support',
  authors: ['Jelena Barinova'],
  tags: ['Know-how'],
  date: '2013-05-31',
};

describe('Open Graph cards', () => {
  it('are 1200×630 PNGs drawn with the bundled fonts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sde-og-card-')), 'card.png');
    await drawInWorkers([{ tree: cardTree(card), file }], loadFonts(), 1);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  it('are keyed by what they show', () => {
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardKey(card)).not.toBe(cardKey({ ...card, title: 'Another title' }));
    expect(cardKey(card)).not.toBe(cardKey({ ...card, tags: ['Career'] }));
  });

  it('are drawn once and then read from the cache', async () => {
    const site = mkdtempSync(join(tmpdir(), 'sde-og-'));
    cpSync(join(ROOT, 'blog'), join(site, 'blog'), { recursive: true });
    const first = { drawn: 0, cached: 0 };
    const cards = await prepareCards(site, 'Site', first);
    expect(first).toEqual({ drawn: cards.length, cached: 0 });
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const second = { drawn: 0, cached: 0 };
    const again = await prepareCards(site, 'Site', second);
    expect(second).toEqual({ drawn: 0, cached: cards.length });
    expect(again).toEqual(cards);
    for (const { file } of cards) expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  it('are drawn on worker threads, each card once even when two posts show the same one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-og-pool-'));
    const tree = { type: 'div', props: { style: { display: 'flex', width: 1200, height: 630 }, children: 'A' } };
    const files = ['a', 'b', 'c'].map((name) => join(dir, `${name}.png`));
    await drawInWorkers(
      files.map((file) => ({ tree, file })),
      loadFonts(),
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
    const site = mkdtempSync(join(tmpdir(), 'sde-og-plugin-'));
    cpSync(join(ROOT, 'blog'), join(site, 'blog'), { recursive: true });
    const plugin = ogImagePlugin({ siteDir: site, siteConfig: { title: 'Site' } } as LoadContext);
    const content = await plugin.loadContent!();
    const outDir = join(site, 'build');
    await plugin.postBuild!({ outDir, content } as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    const published = readdirSync(join(outDir, 'img', 'og')).sort();
    expect(published).toContain('biggest-achievement.png');
    expect(published.length).toBeGreaterThanOrEqual(3);
  });

  it('leave the cache holding only the cards posts still show', async () => {
    const site = mkdtempSync(join(tmpdir(), 'sde-og-prune-'));
    cpSync(join(ROOT, 'blog'), join(site, 'blog'), { recursive: true });
    const cards = await prepareCards(site, 'Site', { drawn: 0, cached: 0 });
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
