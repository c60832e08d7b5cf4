/**
 * Pictures: what the site publishes for a local image in a post or a doc. One plan per image,
 * made from its bytes alone: several widths (never wider than the image), AVIF and WebP with a
 * fallback in the image's own format, each file named by a hash of the content and of the
 * encoding settings. The Markdown transform (remark-pictures.ts) writes the HTML from the plan;
 * the site's image plugin encodes the files the plan names. SVG and GIF are published as they are.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageSize } from 'image-size';

/** Widths a picture is published at, in CSS-independent pixels; none wider than the image. */
export const PICTURE_WIDTHS = [360, 720, 1080, 1440] as const;
/** Where published pictures live, under the site's base URL. */
export const PICTURE_DIR = 'img/p';

export type EncodedFormat = 'avif' | 'webp' | 'jpeg' | 'png';
export type PassThroughFormat = 'svg' | 'gif';

/**
 * How each format is encoded. AVIF at effort 2 is as small as at the default effort 4 for
 * photos and screenshots alike, and ten times faster. Changing a setting changes every name.
 */
export const ENCODINGS: Record<EncodedFormat, Record<string, number | boolean>> = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9, palette: true, quality: 90, effort: 4 },
};

const MIME: Record<EncodedFormat | PassThroughFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  gif: 'image/gif',
};
const EXTENSION: Record<EncodedFormat | PassThroughFormat, string> = {
  avif: 'avif',
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
  svg: 'svg',
  gif: 'gif',
};

export interface SourceImage {
  file: string;
  /** sha256 of the bytes, 16 hex digits. */
  hash: string;
  /** As displayed: an EXIF rotation of a quarter turn swaps the stored width and height. */
  width: number;
  height: number;
  format: EncodedFormat | PassThroughFormat;
  bytes: number;
}

export interface Variant {
  /** File name under PICTURE_DIR. */
  name: string;
  format: EncodedFormat;
  width: number;
  height: number;
}

export interface PicturePlan {
  source: SourceImage;
  /** The widths published, smallest first (empty for SVG and GIF). */
  widths: number[];
  /** Every file to encode: each width in AVIF, WebP and the fallback format. */
  variants: Variant[];
  /** The format browsers without AVIF and WebP get: the image's own (WebP stays WebP). */
  fallback: EncodedFormat;
  /** The name under PICTURE_DIR of an SVG or GIF, copied byte for byte. */
  passThrough?: string;
}

/** What a page needs to show a picture: plain data, shared by the Markdown transform and the theme. */
export interface PictureData {
  width: number;
  height: number;
  /** One entry per modern format, best first. */
  sources: { type: string; srcset: string }[];
  src: string;
  srcset?: string;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** True for a URL another site serves (http:, data:, //host …): the pipeline leaves it alone. */
export const isRemoteImage = (url: string): boolean => REMOTE.test(url);

/**
 * The file a local image URL names, as Docusaurus resolves it: `@site/…` from the site root,
 * `/…` from the static folder, anything else from the folder of the Markdown file.
 */
export function localImageFile(url: string, markdownFile: string, siteDir: string, staticDir: string): string {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the URL as written.
  }
  if (path.startsWith('@site/')) return join(siteDir, path.slice('@site/'.length));
  if (path.startsWith('/')) return join(siteDir, staticDir, path);
  return join(dirname(markdownFile), path);
}

const FORMATS: Record<string, EncodedFormat | PassThroughFormat> = {
  jpg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  svg: 'svg',
  avif: 'avif',
};

const sources = new Map<string, SourceImage | null>();

/**
 * The image at `file`: its hash, displayed size and format. Undefined when there is no such file;
 * null when it is not an image the pipeline knows (it is then left to Docusaurus).
 * Read once per file and modification time.
 */
export function readSourceImage(file: string): SourceImage | null | undefined {
  let key: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return undefined;
    key = `${file}\0${stat.mtimeMs}\0${stat.size}`;
  } catch {
    return undefined;
  }
  if (!sources.has(key)) sources.set(key, measure(file));
  return sources.get(key);
}

function measure(file: string): SourceImage | null {
  const bytes = readFileSync(file);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return null;
  }
  const format = FORMATS[size.type ?? ''];
  if (!format || !size.width || !size.height) return null;
  const quarterTurn = (size.orientation ?? 1) >= 5;
  return {
    file,
    hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    width: quarterTurn ? size.height : size.width,
    height: quarterTurn ? size.width : size.height,
    format,
    bytes: bytes.length,
  };
}

/** The widths to publish an image `width` pixels wide at: each standard width below it, and its own when it is not wider than the largest. */
export function pictureWidths(width: number): number[] {
  const below = PICTURE_WIDTHS.filter((w) => w < width);
  return width <= PICTURE_WIDTHS[PICTURE_WIDTHS.length - 1]! ? [...below, width] : below;
}

const settingsHash = createHash('sha256').update(JSON.stringify(ENCODINGS)).digest('hex').slice(0, 6);

export function planPicture(source: SourceImage): PicturePlan {
  if (source.format === 'svg' || source.format === 'gif') {
    return {
      source,
      widths: [],
      variants: [],
      fallback: 'png',
      passThrough: `${source.hash}.${EXTENSION[source.format]}`,
    };
  }
  // An AVIF source keeps AVIF and gets WebP and JPEG for older browsers.
  const fallback: EncodedFormat = source.format === 'avif' ? 'jpeg' : source.format;
  const formats = [...new Set<EncodedFormat>(['avif', 'webp', fallback])];
  const widths = pictureWidths(source.width);
  const variants = widths.flatMap((width) =>
    formats.map((format) => ({
      name: `${source.hash}-${settingsHash}-${width}.${EXTENSION[format]}`,
      format,
      width,
      height: Math.max(1, Math.round((source.height * width) / source.width)),
    })),
  );
  return { source, widths, variants, fallback };
}

/** The page data for a plan, with URLs under `baseUrl` (which ends with /). */
export function pictureData(plan: PicturePlan, baseUrl: string): PictureData {
  const url = (name: string) => `${baseUrl}${PICTURE_DIR}/${name}`;
  if (plan.passThrough) {
    return { width: plan.source.width, height: plan.source.height, sources: [], src: url(plan.passThrough) };
  }
  const srcset = (format: EncodedFormat) =>
    plan.variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${url(variant.name)} ${variant.width}w`)
      .join(', ');
  const largest = plan.variants.filter((variant) => variant.format === plan.fallback).at(-1)!;
  const modern = (['avif', 'webp'] as const).filter((format) => format !== plan.fallback);
  return {
    width: largest.width,
    height: largest.height,
    sources: modern.map((format) => ({ type: MIME[format], srcset: srcset(format) })),
    src: url(largest.name),
    srcset: srcset(plan.fallback),
  };
}

/** The plan of the local image `url` in `markdownFile`, or undefined when the pipeline leaves it alone. */
export function planLocalImage(
  url: string,
  markdownFile: string,
  siteDir: string,
  staticDir: string,
): PicturePlan | undefined {
  if (!url || isRemoteImage(url) || url.startsWith('pathname://')) return undefined;
  const source = readSourceImage(localImageFile(url, markdownFile, siteDir, staticDir));
  return source ? planPicture(source) : undefined;
}
