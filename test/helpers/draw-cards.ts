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
import { postCards, treeOf } from '../../src/plugins/og-image';
import { loadFonts, type OgCard } from '../../src/plugins/og-image/render';
import { drawCard, drawSvg } from '../../src/plugins/og-image/draw.mjs';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';
import { emojiBoxes, type Box } from './card-emoji';
import { loadSite } from '@sde/content-engine';
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from '@sde/content-engine/cli';

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
  let picked: { slug: string; card: OgCard; coverFile?: string; added: boolean }[];
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
  for (const { slug, card, coverFile, added } of picked) {
    const tree = await treeOf({ card, coverFile });
    const png = await drawCard(tree, fonts, OG_WIDTH, OG_HEIGHT);
    const emoji = emojiBoxes(await drawSvg(tree, fonts, OG_WIDTH, OG_HEIGHT));
    drawn.push({ slug, added, png: png.toString('base64'), emoji });
  }
  return drawn;
}

export const USAGE = `Usage: tsx test/helpers/draw-cards.ts --site DIR --title TITLE [--count N] [--emoji]`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      site: { type: 'string' },
      title: { type: 'string' },
      count: { type: 'string', default: '1' },
      emoji: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (!values.site || !values.title) throw new UsageError('give --site and --title', USAGE);
  const cards = await drawCards({
    site: resolve(io.cwd, values.site),
    title: values.title,
    count: wholeNumber('count', values.count, 1),
    emoji: values.emoji,
  });
  io.out(JSON.stringify(cards));
  return 0;
}

runDirectly(import.meta, main);
