/**
 * The Markdown transform of the picture pipeline (pictures.ts): every local image of a post or a
 * doc — Markdown `![alt](file)`, `<img src="file">` in a .md file's HTML, `<img src="file" />` in
 * .mdx — becomes a `<picture>` with AVIF and WebP sources, a fallback `<img srcset sizes>`, and
 * the width and height that keep its room. The first picture of a page loads at once, and when it
 * stands near the top of a page without a cover it is the likely largest paint: it is fetched with
 * high priority. Every later one waits until the reader scrolls near it. Remote images, SVG and GIF
 * keep their URL's own handling except that local SVG and GIF are published under a hashed name.
 * Run it before Docusaurus's own image transform, which then finds no local image left.
 */
import type { Root, RootContent, Parent } from 'mdast';
import { htmlAttribute } from '../check/a11y/engine';
import { planLocalImage, pictureData, type PictureData, type PicturePlan } from './pictures';

export interface RemarkPicturesOptions {
  siteDir: string;
  /** The static folder, relative to siteDir. */
  staticDir: string;
  /** The site's base URL, ending with /. */
  baseUrl: string;
  /** The `sizes` attribute: how wide the picture is drawn at each viewport width. */
  sizes: string;
  /** Told about every plan the transform uses (the site plugin encodes them). */
  onPlan?: (plan: PicturePlan) => void;
}

/** How a picture loads, by its place on the page. */
export interface PictureLoading {
  lazy: boolean;
  highPriority: boolean;
}

/** Within this many top-level blocks of the start, the first picture is on the first screen. */
export const FIRST_SCREEN_BLOCKS = 3;

interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, string | number | undefined>;
  children: HastElement[];
}

const element = (
  tagName: string,
  properties: HastElement['properties'],
  children: HastElement[] = [],
): HastElement => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The `<img>` attributes for a picture: the one place the loading rules are written. */
export function imgAttributes(
  picture: PictureData,
  alt: string,
  sizes: string,
  loading: PictureLoading,
): Record<string, string | number | undefined> {
  return {
    src: picture.src,
    srcSet: picture.srcset,
    sizes: picture.srcset ? sizes : undefined,
    width: picture.width,
    height: picture.height,
    alt,
    loading: loading.lazy ? 'lazy' : undefined,
    decoding: loading.lazy ? 'async' : undefined,
    fetchPriority: loading.highPriority ? 'high' : undefined,
  };
}

/** The `<picture>` (or, for SVG and GIF, the `<img>`) as a hast element. */
export function pictureElement(
  picture: PictureData,
  alt: string,
  sizes: string,
  loading: PictureLoading,
  title?: string | null,
): HastElement {
  const img = element('img', { ...imgAttributes(picture, alt, sizes, loading), title: title ?? undefined });
  if (picture.sources.length === 0) return img;
  return element('picture', {}, [
    ...picture.sources.map((source) => element('source', { type: source.type, srcSet: source.srcset, sizes })),
    img,
  ]);
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
type AnyNode = RootContent & { attributes?: JsxAttribute[]; name?: string | null; value?: string };

/** An image the transform replaces: where it is and what it says. */
interface Found {
  parent: Parent;
  index: number;
  url: string;
  alt: string;
  title?: string | null;
  /** The top-level block it is in. */
  block: number;
}

const SINGLE_IMG = /^\s*<img\b[^<>]*>\s*$/i;

function jsxString(node: AnyNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function found(node: AnyNode): Omit<Found, 'parent' | 'index' | 'block'> | undefined {
  if (node.type === 'image') return { url: node.url, alt: node.alt ?? '', title: node.title };
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
    // Only literal attributes: an expression (src={…}) is the author's own business.
    const url = jsxString(node, 'src');
    const alt = jsxString(node, 'alt');
    if (url === undefined || alt === undefined) return undefined;
    if (node.attributes!.some((a) => a.type !== 'mdxJsxAttribute')) return undefined;
    return { url, alt, title: jsxString(node, 'title') };
  }
  if (node.type === 'html' && typeof node.value === 'string' && SINGLE_IMG.test(node.value)) {
    const url = htmlAttribute(node.value, 'src');
    const alt = htmlAttribute(node.value, 'alt');
    if (url === undefined || alt === undefined) return undefined;
    return { url, alt, title: htmlAttribute(node.value, 'title') };
  }
  return undefined;
}

/** Every image in the tree in reading order. */
export function findImages(tree: Root): Found[] {
  const images: Found[] = [];
  const walk = (parent: Parent, block: number) => {
    parent.children.forEach((child, index) => {
      const at = parent === tree ? index : block;
      const image = found(child as AnyNode);
      if (image) images.push({ ...image, parent, index, block: at });
      else if ('children' in child) walk(child as Parent, at);
    });
  };
  walk(tree, 0);
  return images;
}

/**
 * The loading of the `order`-th picture of a page (0 first) in top-level block `block`: the first
 * never waits, and is the likely largest paint when no cover stands above it and it is near the top.
 */
export function pictureLoading(order: number, block: number, hasCover: boolean): PictureLoading {
  if (order > 0) return { lazy: true, highPriority: false };
  return { lazy: false, highPriority: !hasCover && block < FIRST_SCREEN_BLOCKS };
}

interface FileLike {
  path?: string;
  data?: { frontMatter?: Record<string, unknown> };
}

export default function remarkPictures(options: RemarkPicturesOptions) {
  return (tree: Root, file: FileLike): void => {
    if (!file.path) return;
    const hasCover = file.data?.frontMatter?.cover !== undefined;
    let order = 0;
    for (const image of findImages(tree)) {
      const plan = planLocalImage(image.url, file.path, options.siteDir, options.staticDir);
      if (!plan) continue;
      options.onPlan?.(plan);
      const picture = pictureData(plan, options.baseUrl);
      const hast = pictureElement(
        picture,
        image.alt,
        options.sizes,
        pictureLoading(order++, image.block, hasCover),
        image.title,
      );
      // A node of its own kind that remark-rehype turns into exactly this element.
      image.parent.children[image.index] = {
        type: 'picture',
        data: { hName: hast.tagName, hProperties: hast.properties, hChildren: hast.children },
      } as unknown as RootContent;
    }
  };
}
