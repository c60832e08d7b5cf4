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
export async function drawPng(tree, fonts, width, height) {
  // satori wants ArrayBuffers; fonts that crossed a thread boundary arrive as Uint8Arrays.
  const fontData = fonts.map((font) => ({ ...font, data: toArrayBuffer(font.data) }));
  const svg = await satori(/** @type {any} */ (tree), { width, height, fonts: fontData });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

/** @param {ArrayBuffer | Uint8Array} data */
function toArrayBuffer(data) {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
}
