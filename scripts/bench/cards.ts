/**
 * The cards' benchmark (`npm run bench:cards`, scripts/cli/bench-cards.ts): draws every card of a
 * synthetic corpus on this thread, one after another, and measures the wall and CPU milliseconds
 * per card and the cards' sizes.
 */
import { loadSite } from '@sde/content-engine';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postCards } from '../../src/plugins/og-image';
import { drawCard } from '../../src/plugins/og-image/draw.mjs';
import { cardTree, loadFonts } from '../../src/plugins/og-image/render';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';
import { makeCorpus } from './corpus';
import { kb, median, type Row } from './stats';

export interface CardsBench {
  /** One row: medians per card, sizes, totals. */
  row: Row;
  cards: number;
  runs: number;
}

/**
 * Draws the cards of a corpus of `posts` synthetic posts `runs` times; with `keep`, writes the
 * first run's cards there. The corpus is removed afterwards.
 */
export async function runCardsBench({
  siteDir,
  posts,
  runs,
  keep,
}: {
  siteDir: string;
  posts: number;
  runs: number;
  keep?: string;
}): Promise<CardsBench> {
  const corpus = makeCorpus(siteDir, { posts });
  try {
    const site = loadSite(corpus.dir);
    const cards = postCards(site, site.title);
    const fonts = loadFonts();
    if (keep) mkdirSync(keep, { recursive: true });
    // The first card pays for parsing the fonts; it is drawn once before the clock starts.
    await drawCard(cardTree(cards[0]!.card), fonts, OG_WIDTH, OG_HEIGHT);
    const ms: number[] = [];
    const cpuMs: number[] = [];
    const bytes: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const { slug, card } of cards) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        const png = await drawCard(cardTree(card), fonts, OG_WIDTH, OG_HEIGHT);
        const cpu = process.cpuUsage(cpuStart);
        ms.push(performance.now() - start);
        cpuMs.push((cpu.user + cpu.system) / 1000);
        if (run === 0) {
          bytes.push(png.length);
          if (keep) writeFileSync(join(keep, `${slug}.png`), png);
        }
      }
    }
    const total = bytes.reduce((sum, size) => sum + size, 0);
    return {
      row: {
        cards: cards.length,
        'ms per card (median)': median(ms).toFixed(1),
        'CPU ms per card (median)': median(cpuMs).toFixed(1),
        'CPU s (all cards)': (cpuMs.reduce((sum, value) => sum + value, 0) / 1000).toFixed(1),
        'KB per card (average)': kb(total / bytes.length),
        'KB (largest)': kb(Math.max(...bytes)),
        'MB (all cards)': (total / 1024 / 1024).toFixed(1),
      },
      cards: cards.length,
      runs,
    };
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}
