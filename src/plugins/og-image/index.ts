/**
 * Gives every post a preview card at /img/og/<slug>.png. Cards are cached under .cache/og-images
 * by a hash of what they show, so an unchanged post costs nothing on the next build.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isPublished, loadSite, readAuthors, readSeries, readTags, type Site } from '@sde/content-engine';
import { sitePosts } from '../../lib/site-posts';
import { OG_IMAGE_DIR } from '../../lib/og';
import { seriesOfPosts } from '../../lib/series';
import { drawInWorkers, type DrawJob } from './pool';
import { cardKey, cardTree, drawingVersions, loadFonts, type OgCard } from './render';
import { COVER_STYLE, coverBackground, withCover } from './cover';
import { coverPlan } from '../../lib/pictures';

export const CACHE_DIR = '.cache/og-images';

interface Card {
  slug: string;
  file: string;
}

export interface OgStats {
  drawn: number;
  cached: number;
  /** Wall time from reading the posts to the last card on disk. */
  ms?: number;
}

/** What each published post's card shows, in the content model's order. */
export function postCards(site: Site, siteTitle: string): { slug: string; card: OgCard; coverFile?: string }[] {
  const tags = readTags(site);
  const authors = readAuthors(site);
  const posts = sitePosts(site).filter(({ frontMatter: fm }) => isPublished(fm));
  const series = seriesOfPosts(
    posts.map(({ frontMatter: fm }) => ({
      permalink: fm.slug,
      title: fm.title,
      frontMatter: fm,
      unlisted: fm.unlisted,
    })),
    readSeries(site),
    (key) => key,
  );
  return posts.map((post, index) => {
    const fm = post.frontMatter;
    const part = series[index];
    const cover = coverPlan(site, post)?.source;
    return {
      slug: fm.slug,
      ...(cover ? { coverFile: cover.file } : {}),
      card: {
        siteTitle,
        title: fm.title,
        authors: fm.authors.map((key) => authors[key]?.name ?? key),
        tags: fm.tags.map((key) => tags[key]?.label ?? key),
        date: fm.date.slice(0, 10),
        // "Part 2 of 4 · My first year in support"
        ...(part ? { series: `${part.label} · ${part.title}` } : {}),
        ...(cover ? { cover: `${cover.hash} ${COVER_STYLE}` } : {}),
      },
    };
  });
}

/**
 * What a card draws: its layout, over the story's cover when it has one. `backgrounds` keeps each
 * cover's background for the cards of one build, so stories sharing a cover prepare it once.
 */
export async function treeOf(
  { card, coverFile }: { card: OgCard; coverFile?: string },
  backgrounds = new Map<string, Promise<string>>(),
): Promise<unknown> {
  const tree = cardTree(card);
  if (!coverFile) return tree;
  if (!backgrounds.has(coverFile)) backgrounds.set(coverFile, coverBackground(coverFile));
  return withCover(tree, await backgrounds.get(coverFile)!);
}

/** Draws the cards that are not in the cache yet; returns where each post's card is. */
export async function prepareCards(site: Site, siteTitle: string, stats: OgStats): Promise<Card[]> {
  const start = performance.now();
  const cacheDir = join(site.dir, CACHE_DIR);
  mkdirSync(cacheDir, { recursive: true });
  const cards: Card[] = [];
  const jobs = new Map<string, DrawJob>();
  const versions = drawingVersions();
  const backgrounds = new Map<string, Promise<string>>();
  for (const { slug, card, coverFile } of postCards(site, siteTitle)) {
    const file = join(cacheDir, `${cardKey(card, versions)}.png`);
    // Two posts can show the same card; it is drawn once.
    if (existsSync(file) || jobs.has(file)) stats.cached += 1;
    else jobs.set(file, { tree: await treeOf({ card, coverFile }, backgrounds), file });
    cards.push({ slug, file });
  }
  stats.drawn = jobs.size;
  if (jobs.size > 0) await drawInWorkers([...jobs.values()], loadFonts());
  stats.ms = performance.now() - start;
  return cards;
}

/**
 * Removes cached cards no post shows any more (a retitled post, a new design version), so the
 * cache does not grow with every edit. Returns how many went.
 */
export function pruneCache(siteDir: string, keep: readonly Card[]): number {
  const cacheDir = join(siteDir, CACHE_DIR);
  if (!existsSync(cacheDir)) return 0;
  const kept = new Set(keep.map((card) => card.file));
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    // Only our own cards: a 32-hex-digit key and .png (temporary files belong to a running draw).
    if (!/^[0-9a-f]{32}\.png$/.test(name) || kept.has(file)) continue;
    rmSync(file, { force: true });
    removed += 1;
  }
  return removed;
}

type Settled = { cards: Card[]; stats: OgStats } | { error: unknown };

interface Content {
  /** The drawing runs while the site is bundled and rendered; postBuild waits for it. */
  pending: Promise<Settled>;
}

export default function ogImagePlugin(context: LoadContext): Plugin<Content> | null {
  // Cards are files of the build (postBuild copies them in); `npm start` has no use for them, and
  // drawing a card for every post would take cores from the dev server's first compile.
  if (process.env.NODE_ENV === 'development') return null;
  const { siteDir, siteConfig } = context;
  return {
    name: 'og-image',
    loadContent: async () => {
      const stats = { drawn: 0, cached: 0 };
      // Settled into a value, so a failure surfaces in postBuild rather than as an unhandled rejection.
      const pending = prepareCards(loadSite(siteDir), siteConfig.title, stats).then(
        (cards) => ({ cards, stats }),
        (error: unknown) => ({ error }),
      );
      return { pending };
    },
    postBuild: async ({ outDir, content }) => {
      const settled = await content.pending;
      if ('error' in settled) throw settled.error;
      const { cards, stats } = settled;
      const pruned = pruneCache(siteDir, cards);
      console.log(
        `[og-image] ${cards.length} cards: ${stats.drawn} drawn, ${stats.cached} from cache` +
          (stats.ms === undefined ? '' : ` in ${(stats.ms / 1000).toFixed(1)} s`) +
          (pruned > 0 ? `, ${pruned} unused removed from the cache` : ''),
      );
      const dir = join(outDir, OG_IMAGE_DIR);
      mkdirSync(dir, { recursive: true });
      for (const card of cards) copyFileSync(card.file, join(dir, `${card.slug}.png`));
    },
  };
}
