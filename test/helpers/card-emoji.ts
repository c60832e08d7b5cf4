/**
 * Where a card's emoji are and whether they came out in colour. Shared by the unit test (pixels
 * from a decoded PNG) and the browser suite (pixels Chromium read back from the published card).
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where satori put each emoji picture: the boxes of the card SVG's <image> elements. */
export function emojiBoxes(svg: string): Box[] {
  return [...svg.matchAll(/<image\b[^>]*>/g)].map(([tag]) => {
    const value = (name: string) => {
      const match = new RegExp(`\\s${name}="([-\\d.]+)"`).exec(tag);
      if (!match) throw new Error(`an emoji <image> without ${name}: ${tag.slice(0, 80)}`);
      return Number(match[1]);
    };
    const x = Math.floor(value('x'));
    const y = Math.floor(value('y'));
    return {
      x,
      y,
      width: Math.ceil(value('x') + value('width')) - x,
      height: Math.ceil(value('y') + value('height')) - y,
    };
  });
}

/**
 * Whether a pixel has a colour the card's own design never makes. The card is teal, mint and
 * white, and their blends: all grey or of a hue near 180°. An emoji's yellow, orange or red is not.
 */
export function isEmojiColour(r: number, g: number, b: number): boolean {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 64) return false;
  const span = max - min;
  const hue =
    max === r
      ? (60 * ((g - b) / span) + 360) % 360
      : max === g
        ? 60 * ((b - r) / span) + 120
        : 60 * ((r - g) / span) + 240;
  return hue < 150 || hue > 210;
}

/** The share of pixels in emoji colours, in RGBA bytes of one region. */
export function emojiColourShare(rgba: ArrayLike<number>): number {
  const pixels = rgba.length / 4;
  let coloured = 0;
  for (let at = 0; at < rgba.length; at += 4) {
    if (isEmojiColour(rgba[at]!, rgba[at + 1]!, rgba[at + 2]!)) coloured += 1;
  }
  return pixels === 0 ? 0 : coloured / pixels;
}

/** One box's RGBA bytes out of a whole picture `width` pixels wide. */
export function crop(rgba: Uint8Array, width: number, box: Box): Uint8Array {
  const out = new Uint8Array(box.width * box.height * 4);
  for (let row = 0; row < box.height; row++) {
    const from = ((box.y + row) * width + box.x) * 4;
    out.set(rgba.subarray(from, from + box.width * 4), row * box.width * 4);
  }
  return out;
}

/** An emoji drawn in colour covers at least this share of its box (🤞 covers about half). */
export const EMOJI_COLOUR_SHARE = 0.2;
