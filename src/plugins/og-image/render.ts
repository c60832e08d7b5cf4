/**
 * What a post's Open Graph card (1200×630 PNG) shows and how it is laid out; draw.mjs turns the
 * layout into a PNG with satori and resvg. Fonts come from @fontsource/inter and emoji from
 * @twemoji/svg in node_modules: nothing is fetched.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OG_HEIGHT, OG_WIDTH } from '../../lib/og';
import { EMOJI_SET } from './emoji.mjs';

export interface OgCard {
  siteTitle: string;
  title: string;
  authors: string[];
  tags: string[];
  date: string;
  /** For a part of a series: "Part 2 of 4 · <series title>", above the title. */
  series?: string;
  /** The content hash of the story's cover and the look it is drawn with behind the title (cover.ts). */
  cover?: string;
}

/** Bump when the drawing changes, so cached cards are redrawn. */
const DESIGN_VERSION = 6;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);
const fontsourceDir = () => dirname(require.resolve('@fontsource/inter/package.json'));

/** A package's version from its package.json, also for packages whose `exports` do not list that file (sharp). */
function versionOf(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (json.name === pkg) return json.version;
    }
    if (dirname(dir) === dir) throw new Error(`[og-image] cannot find the version of ${pkg}`);
    dir = dirname(dir);
  }
}

export interface FontData {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Inter in every subset fontsource ships as .woff (satori reads woff and ttf, not woff2). */
export function loadFonts(): FontData[] {
  const dir = join(fontsourceDir(), 'files');
  return WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: 'Inter',
      data: readFileSync(join(dir, `inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** The versions of what draws a card: the fonts, the emoji set, and the layout, raster and PNG libraries. */
export function drawingVersions(): Record<string, string> {
  return {
    satori: versionOf('satori'),
    resvg: versionOf('@resvg/resvg-js'),
    sharp: versionOf('sharp'),
    inter: versionOf('@fontsource/inter'),
    emoji: EMOJI_SET,
  };
}

/** Everything that changes the picture; equal keys mean an identical PNG. */
export function cardKey(card: OgCard, versions = drawingVersions()): string {
  const inputs = { design: DESIGN_VERSION, card, versions };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

// satori takes React-like element objects; building them by hand keeps this file plain TypeScript.
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({
  type,
  props: { style, children },
});

const TEAL = '#0b6e6e';
const TEAL_DARK = '#074d4d';
const MINT = '#9be6df';
/** The accent band down the card's left edge, in px. */
const BAND = 24;

/**
 * A tag's pill: mint outline, mint text. On the flat fill it is a mint rounded box around a
 * fill-coloured one, not a CSS border: satori draws a rounded border as a stroke under a clip path,
 * and each clip path costs resvg a layer the size of the card. Over a cover the inside must stay
 * see-through, so there it is the border.
 */
function pill(tag: string, overCover: boolean): Node {
  const outer = { display: 'flex', marginRight: 14, marginTop: 8, borderRadius: 999 };
  const text = { display: 'flex', padding: '8px 20px', borderRadius: 999, color: MINT, fontSize: 26 };
  if (overCover) return el('div', { ...outer, ...text, border: `2px solid ${MINT}` }, tag);
  return el(
    'div',
    { ...outer, padding: 2, backgroundColor: MINT },
    el('div', { ...text, backgroundColor: TEAL_DARK }, tag),
  );
}

/** The card as satori element objects: plain data, so it can be sent to a drawing thread. */
export function cardTree(card: OgCard): Node {
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 64 : 76;
  const byline = [card.authors.join(', '), card.date].filter(Boolean).join('  ·  ');
  const content = [
    el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: MINT }, [
      el('div', { width: 18, height: 18, borderRadius: 9, backgroundColor: MINT, marginRight: 16 }),
      el('div', { display: 'flex' }, card.siteTitle),
    ]),
    el('div', { display: 'flex', flexDirection: 'column' }, [
      ...(card.series
        ? [el('div', { display: 'flex', marginBottom: 20, fontSize: 32, fontWeight: 700, color: MINT }, card.series)]
        : []),
      el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.12 }, card.title),
      el('div', { display: 'flex', marginTop: 28, fontSize: 32, color: '#e6fffb' }, byline),
    ]),
    el(
      'div',
      { display: 'flex', flexWrap: 'wrap' },
      card.tags.slice(0, 5).map((tag) => pill(tag, card.cover !== undefined)),
    ),
  ];
  // The outer box is exactly the card: the accent band, then the content box with its margins, so
  // nothing overflows. The band is a box of its own, not a left border (a border is clipped too).
  return el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      // A flat fill with an accent band: a full-card gradient doubled the time to rasterise a card.
      backgroundColor: TEAL_DARK,
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el('div', { width: BAND, height: OG_HEIGHT, backgroundColor: TEAL }),
      el(
        'div',
        {
          width: OG_WIDTH - BAND - 144,
          height: OG_HEIGHT - 128,
          margin: '64px 72px',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
        },
        content,
      ),
    ],
  );
}
