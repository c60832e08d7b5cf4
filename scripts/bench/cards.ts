/**
 * npm run bench:cards [-- --posts 1000] [--runs 1] [--keep DIR]
 * Draws every card of a synthetic corpus on this thread, one after another, and prints the
 * median wall and CPU milliseconds per card and the average and largest card size. `--keep DIR` writes the
 * cards there to look at.
 */
import { parseArgs } from 'node:util';
import { loadSite } from '@sde/content-engine';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postCards } from '../../src/plugins/og-image';
import { drawCard } from '../../src/plugins/og-image/draw.mjs';
import { cardTree, loadFonts } from '../../src/plugins/og-image/render';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';
import { makeCorpus } from './corpus';
import { kb, markdownTable, median } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'string' },
    },
  });
  const posts = Number(values.posts);
  const runs = Number(values.runs);
  if (!Number.isInteger(posts) || posts < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error('usage: npm run bench:cards -- [--posts N] [--runs N] [--keep DIR]');
    process.exit(2);
  }
  const corpus = makeCorpus(process.cwd(), { posts });
  try {
    const site = loadSite(corpus.dir);
    const cards = postCards(site, site.title);
    const fonts = loadFonts();
    if (values.keep) mkdirSync(values.keep, { recursive: true });
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
          if (values.keep) writeFileSync(join(values.keep, `${slug}.png`), png);
        }
      }
    }
    const total = bytes.reduce((sum, size) => sum + size, 0);
    console.log(
      markdownTable([
        {
          cards: cards.length,
          'ms per card (median)': median(ms).toFixed(1),
          'CPU ms per card (median)': median(cpuMs).toFixed(1),
          'CPU s (all cards)': (cpuMs.reduce((sum, value) => sum + value, 0) / 1000).toFixed(1),
          'KB per card (average)': kb(total / bytes.length),
          'KB (largest)': kb(Math.max(...bytes)),
          'MB (all cards)': (total / 1024 / 1024).toFixed(1),
        },
      ]),
    );
    console.log(
      `\nOne thread, ${runs} run(s), ${cards.length * runs} cards timed; CPU time counts every thread of` +
        ' the process. A build draws on every core.',
    );
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
