/**
 * Gives every post a preview card at /img/og/<slug>.png. Cards are cached under .cache/og-images
 * by a hash of what they show, so an unchanged post costs nothing on the next build.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPosts, readAuthors, readTags } from '../../../scripts/content/load';
import { OG_IMAGE_DIR } from '../../lib/og';
import { cardKey, loadFonts, renderOgCard, type FontData, type OgCard } from './render';

export const CACHE_DIR = '.cache/og-images';

interface Card {
  slug: string;
  file: string;
}

export interface OgStats {
  drawn: number;
  cached: number;
}

/** Draws the cards that are not in the cache yet; returns where each post's card is. */
export async function prepareCards(siteDir: string, siteTitle: string, stats: OgStats): Promise<Card[]> {
  const tags = readTags(siteDir);
  const authors = readAuthors(siteDir);
  const cacheDir = join(siteDir, CACHE_DIR);
  mkdirSync(cacheDir, { recursive: true });
  let fonts: FontData[] | undefined;
  const cards: Card[] = [];
  for (const { frontMatter: fm } of loadPosts(siteDir)) {
    if (fm.draft) continue;
    const card: OgCard = {
      siteTitle,
      title: fm.title,
      authors: fm.authors.map((key) => authors[key]?.name ?? key),
      tags: fm.tags.map((key) => tags[key]?.label ?? key),
      date: fm.date.slice(0, 10),
    };
    const file = join(cacheDir, `${cardKey(card)}.png`);
    if (existsSync(file)) {
      stats.cached += 1;
    } else {
      fonts ??= loadFonts();
      // Written under a temporary name first so an interrupted build never leaves half a PNG.
      writeFileSync(`${file}.tmp`, await renderOgCard(card, fonts));
      renameSync(`${file}.tmp`, file);
      stats.drawn += 1;
    }
    cards.push({ slug: fm.slug, file });
  }
  return cards;
}

export default function ogImagePlugin(context: LoadContext): Plugin<Card[]> {
  const { siteDir, siteConfig } = context;
  return {
    name: 'og-image',
    loadContent: async () => {
      const stats = { drawn: 0, cached: 0 };
      const cards = await prepareCards(siteDir, siteConfig.title, stats);
      console.log(`[og-image] ${cards.length} cards: ${stats.drawn} drawn, ${stats.cached} from cache`);
      return cards;
    },
    postBuild: async ({ outDir, content }) => {
      const dir = join(outDir, OG_IMAGE_DIR);
      mkdirSync(dir, { recursive: true });
      for (const card of content) copyFileSync(card.file, join(dir, `${card.slug}.png`));
    },
  };
}
