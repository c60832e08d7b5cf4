/**
 * Turns a card's element tree into PNG bytes: satori lays it out as SVG (emoji as Twemoji
 * pictures), resvg rasterises it, png.mjs writes it as a palette PNG.
 * Plain JavaScript so worker threads can load it without a TypeScript loader.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { loadAdditionalAsset } from './emoji.mjs';
import { encodePng } from './png.mjs';

/**
 * The card as SVG, with text as paths and each emoji as an <image>.
 * @param {unknown} tree satori element objects ({type, props})
 * @param {{ name: string; data: ArrayBuffer | Uint8Array; weight: 400 | 700; style: 'normal' }[]} fonts
 * @param {number} width
 * @param {number} height
 * @returns {Promise<string>}
 */
export function drawSvg(tree, fonts, width, height) {
  // satori caches parsed fonts per data object: pass the same `fonts` every time, never copies,
  // or each card re-parses 12 font files (that cost more than drawing the card).
  return satori(/** @type {any} */ (tree), {
    width,
    height,
    fonts: /** @type {any} */ (fonts),
    loadAdditionalAsset,
  });
}

/**
 * @param {unknown} tree satori element objects ({type, props})
 * @param {{ name: string; data: ArrayBuffer | Uint8Array; weight: 400 | 700; style: 'normal' }[]} fonts
 * @param {number} width
 * @param {number} height
 * @returns {Promise<Buffer>}
 */
export async function drawCard(tree, fonts, width, height) {
  const svg = await drawSvg(tree, fonts, width, height);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}
