/**
 * Draws posts' cards for the browser suite in a process of its own (Playwright's loader cannot
 * load the drawing code, which resolves its fonts through import.meta), and prints them as JSON:
 *
 *   tsx test/helpers/draw-cards.ts --site DIR --title TITLE [--count N] [--emoji]
 *
 * With --emoji: the first post whose card shows an emoji, or else the first post's card with 🤞
 * added to its title (`added: true`), with the boxes satori put the emoji in.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { postCards } from '../../src/plugins/og-image';
import { cardTree, loadFonts, type OgCard } from '../../src/plugins/og-image/render';
import { drawCard, drawSvg } from '../../src/plugins/og-image/draw.mjs';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';
import { emojiBoxes, type Box } from './card-emoji';
import { loadSite } from '@sde/content-engine';

export interface DrawnCard {
  slug: string;
  /** True when 🤞 was added to a post's title because no post's card shows an emoji. */
  added: boolean;
  /** base64 PNG */
  png: string;
  emoji: Box[];
}

const EMOJI = /\p{Extended_Pictographic}/u;
const shows = (card: OgCard) => [card.title, ...card.authors, ...card.tags].join(' ');

export async function drawCards(options: {
  site: string;
  title: string;
  count: number;
  emoji: boolean;
}): Promise<DrawnCard[]> {
  const fonts = loadFonts();
  const cards = postCards(loadSite(options.site), options.title);
  let picked: { slug: string; card: OgCard; added: boolean }[];
  if (options.emoji) {
    const withEmoji = cards.find(({ card }) => EMOJI.test(shows(card)));
    const first = cards[0];
    if (withEmoji) picked = [{ ...withEmoji, added: false }];
    else if (first)
      picked = [{ slug: first.slug, card: { ...first.card, title: `${first.card.title} 🤞` }, added: true }];
    else picked = [];
  } else {
    picked = cards.slice(0, options.count).map((entry) => ({ ...entry, added: false }));
  }
  const drawn: DrawnCard[] = [];
  for (const { slug, card, added } of picked) {
    const tree = cardTree(card);
    const png = await drawCard(tree, fonts, OG_WIDTH, OG_HEIGHT);
    const emoji = emojiBoxes(await drawSvg(tree, fonts, OG_WIDTH, OG_HEIGHT));
    drawn.push({ slug, added, png: png.toString('base64'), emoji });
  }
  return drawn;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      title: { type: 'string' },
      count: { type: 'string', default: '1' },
      emoji: { type: 'boolean', default: false },
    },
  });
  if (!values.site || !values.title) {
    console.error('usage: tsx test/helpers/draw-cards.ts --site DIR --title TITLE [--count N] [--emoji]');
    process.exit(2);
  }
  const cards = await drawCards({
    site: values.site,
    title: values.title,
    count: Number(values.count),
    emoji: values.emoji,
  });
  process.stdout.write(JSON.stringify(cards));
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
