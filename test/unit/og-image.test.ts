import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardKey, loadFonts, renderOgCard, type OgCard } from '../../src/plugins/og-image/render';
import { prepareCards } from '../../src/plugins/og-image';
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
    expect(pngSize(await renderOgCard(card, loadFonts()))).toEqual({ width: 1200, height: 630 });
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
});
