/**
 * Turns a card's element tree into PNG bytes: satori lays it out as SVG, resvg rasterises it.
 * Plain JavaScript so worker threads can load it without a TypeScript loader.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/**
 * @param {unknown} tree satori element objects ({type, props})
 * @param {{ name: string; data: ArrayBuffer | Uint8Array; weight: 400 | 700; style: 'normal' }[]} fonts
 * @param {number} width
 * @param {number} height
 * @returns {Promise<Buffer>}
 */
export async function drawCard(tree, fonts, width, height) {
  // satori caches parsed fonts per data object: pass the same `fonts` every time, never copies,
  // or each card re-parses 12 font files (that cost more than drawing the card).
  const svg = await satori(/** @type {any} */ (tree), { width, height, fonts: /** @type {any} */ (fonts) });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
