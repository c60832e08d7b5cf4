/**
 * Emoji on cards come from the Twemoji SVGs bundled in @twemoji/svg: satori hands us each emoji
 * it meets (loadAdditionalAsset) and draws the picture we return in its place. Nothing is fetched.
 * Plain JavaScript so drawing threads can load it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE = '@twemoji/svg';
const dir = dirname(require.resolve(`${PACKAGE}/package.json`));

/** Names the emoji set in the card cache key: a new set redraws every card. */
export const EMOJI_SET = `${PACKAGE}@${/** @type {{version: string}} */ (require(`${PACKAGE}/package.json`)).version}`;

const VARIATION_SELECTOR = 'fe0f';

/**
 * The Twemoji file for one emoji, or undefined. Files are named by code points in hex joined by
 * '-'; most leave out the emoji variation selector U+FE0F, some sequences keep it, so both are tried.
 * @param {string} emoji one grapheme
 * @returns {string | undefined}
 */
export function emojiFile(emoji) {
  const points = [...emoji].map((char) => /** @type {number} */ (char.codePointAt(0)).toString(16));
  const names = [points.join('-'), points.filter((point) => point !== VARIATION_SELECTOR).join('-')];
  return names.map((name) => join(dir, `${name}.svg`)).find((file) => existsSync(file));
}

/** @type {Map<string, string | undefined>} */
const loaded = new Map();

/**
 * satori's loadAdditionalAsset: a data URL of the emoji's picture. An emoji the set does not have,
 * and text in a script our fonts lack, get nothing (satori leaves the gap) rather than a failed card.
 * @param {string} code 'emoji' or a language code
 * @param {string} segment
 * @returns {Promise<string | []>}
 */
export async function loadAdditionalAsset(code, segment) {
  if (code !== 'emoji') return [];
  if (!loaded.has(segment)) {
    const file = emojiFile(segment);
    loaded.set(segment, file && `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`);
  }
  return loaded.get(segment) ?? [];
}
