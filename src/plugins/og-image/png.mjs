/**
 * PNG bytes for a rendered card, as small as its picture allows. A card is a flat design: text
 * on one fill comes to about a hundred distinct colours, so it is written as a palette PNG with
 * exactly those colours (the same pixels as a full-colour PNG at under half the bytes, and cheaper
 * to compress). A card with more than 256 colours (emoji bring their own) is reduced to a
 * 256-colour palette by libimagequant, through sharp.
 * Plain JavaScript so drawing threads can load it.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

// A card is small and every drawing thread encodes its own: one libvips thread each, or two
// drawing threads on two cores would start four.
sharp.concurrency(1);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PALETTE_SIZE = 256;
const INDEXED_COLOUR = 3;
// zlib's default: level 9 made cards 10% smaller at four times the time.
const DEFLATE_LEVEL = 6;

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(4 + typeAndData.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 4 + typeAndData.length);
  return out;
}

/**
 * A palette PNG holding exactly the picture's colours, or undefined when it has more than 256 or
 * is not opaque (resvg's pixels are premultiplied, which only opaque pixels need no undoing for).
 * @param {Uint8Array} rgba width × height pixels, 4 bytes each
 * @param {number} width
 * @param {number} height
 * @returns {Buffer | undefined}
 */
export function exactPalettePng(rgba, width, height) {
  // One colour is one 32-bit number; a view needs 4-byte alignment.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const pixels = new Uint32Array(bytes.buffer, bytes.byteOffset, width * height);
  /** @type {Map<number, number>} a colour's 4 bytes as one number -> its palette index */
  const palette = new Map();
  /** @type {number[]} palette index -> the first pixel of that colour */
  const firstSeen = [];
  // Each row starts with its filter type, 0 (none: the usual choice for palette images), and
  // Buffer.alloc fills with 0: runs of the first colour seen (the card's fill) need no writing.
  const rows = Buffer.alloc((width + 1) * height);
  let out = 0;
  for (let y = 0, at = 0; y < height; y++) {
    out += 1;
    const rowEnd = at + width;
    // One Map look-up per run of equal pixels, not per pixel: most of a card is its fill.
    while (at < rowEnd) {
      const colour = /** @type {number} */ (pixels[at]);
      let end = at + 1;
      while (end < rowEnd && pixels[end] === colour) end++;
      let index = palette.get(colour);
      if (index === undefined) {
        if (palette.size === PALETTE_SIZE) return undefined;
        index = palette.size;
        palette.set(colour, index);
        firstSeen.push(at);
      }
      if (index !== 0) rows.fill(index, out, out + end - at);
      out += end - at;
      at = end;
    }
  }
  const plte = Buffer.alloc(palette.size * 3);
  // Each colour's bytes are read where it was first seen, whatever the machine's byte order.
  for (const [entry, at] of firstSeen.entries()) {
    if (rgba[at * 4 + 3] !== 255) return undefined;
    plte.set(rgba.subarray(at * 4, at * 4 + 3), entry * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per palette index
  header[9] = INDEXED_COLOUR;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * @param {Uint8Array} rgba width × height pixels from resvg, 4 bytes each, premultiplied
 * @param {number} width
 * @param {number} height
 * @returns {Promise<Buffer>}
 */
export async function encodePng(rgba, width, height) {
  return (
    exactPalettePng(rgba, width, height) ??
    sharp(rgba, { raw: { width, height, channels: 4, premultiplied: true } })
      // No dithering: it speckles the flat fill around each emoji and costs bytes.
      .png({ palette: true, colours: PALETTE_SIZE, dither: 0, effort: 1, compressionLevel: DEFLATE_LEVEL })
      .toBuffer()
  );
}
