import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import {
  PICTURE_WIDTHS,
  findImages,
  parseMarkdown,
  pictureData,
  pictureLoading,
  pictureWidths,
  planLocalImage,
  planPicture,
  remarkPictures,
  type SourceImage,
} from '../src/markdown';
import { copyFixtureSite, tempDir } from './helpers';
import { checkSite } from '../src/check/check';
import { loadSite } from '../src';

const dir = tempDir('sde-pictures-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PNG of the given size: only its header matters to the plan. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header[24] = 8;
  header[25] = 2;
  return header;
}

mkdirSync(join(dir, 'static/img'), { recursive: true });
mkdirSync(join(dir, 'blog'), { recursive: true });
writeFileSync(join(dir, 'blog/wide.png'), png(3000, 2000));
writeFileSync(join(dir, 'blog/narrow.png'), png(500, 250));
writeFileSync(
  join(dir, 'static/img/chart.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"></svg>',
);
const POST = join(dir, 'blog/post.md');
const plan = (url: string) => planLocalImage(url, POST, dir, 'static');

describe('picture plans', () => {
  it('never publish a width above the image, nor the same width twice', () => {
    expect(pictureWidths(3000)).toEqual([...PICTURE_WIDTHS]);
    expect(pictureWidths(1440)).toEqual([360, 720, 1080, 1440]);
    expect(pictureWidths(500)).toEqual([360, 500]);
    expect(pictureWidths(200)).toEqual([200]);
  });

  it('encode each width in AVIF, WebP and the image own format, named by content and settings', () => {
    const wide = plan('./wide.png')!;
    expect(wide.fallback).toBe('png');
    expect(wide.variants.map((v) => `${v.width}.${v.format}`)).toEqual(
      PICTURE_WIDTHS.flatMap((w) => [`${w}.avif`, `${w}.webp`, `${w}.png`]),
    );
    expect(wide.variants.find((v) => v.width === 360)!.height).toBe(240);
    // The same bytes under another name give the same files.
    writeFileSync(join(dir, 'blog/copy.png'), png(3000, 2000));
    expect(plan('./copy.png')!.variants.map((v) => v.name)).toEqual(wide.variants.map((v) => v.name));
    expect(new Set(wide.variants.map((v) => v.name)).size).toBe(wide.variants.length);
  });

  it('passes SVG and GIF through under a hashed name, with their size', () => {
    const svg = plan('/img/chart.svg')!;
    expect(svg.variants).toEqual([]);
    expect(svg.passThrough).toMatch(/^[0-9a-f]{16}\.svg$/);
    expect(pictureData(svg, '/base/')).toEqual({
      width: 300,
      height: 100,
      sources: [],
      src: `/base/img/p/${svg.passThrough}`,
    });
  });

  it('leaves remote images, missing files and unknown formats alone', () => {
    writeFileSync(join(dir, 'blog/notes.txt'), 'not an image');
    expect(plan('https://example.org/a.png')).toBeUndefined();
    expect(plan('//example.org/a.png')).toBeUndefined();
    expect(plan('./missing.png')).toBeUndefined();
    expect(plan('./notes.txt')).toBeUndefined();
  });

  it('swaps width and height of a photo its camera stored a quarter turn round', () => {
    const source: SourceImage = { file: 'x.jpg', hash: 'a', width: 3000, height: 4000, format: 'jpeg', bytes: 1 };
    expect(planPicture(source).variants.at(-1)).toMatchObject({ width: 1440, height: 1920 });
  });

  it('lists AVIF then WebP sources, and the fallback srcset from small to large', () => {
    const data = pictureData(plan('./narrow.png')!, '/');
    expect(data.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(data.srcset).toMatch(/^\/img\/p\/\S+-360\.png 360w, \/img\/p\/\S+-500\.png 500w$/);
    expect(data).toMatchObject({ width: 500, height: 250 });
  });
});

describe('the Markdown transform', () => {
  const transform = (markdown: string, frontMatter: Record<string, unknown> = {}) => {
    const tree = parseMarkdown(markdown);
    remarkPictures({ siteDir: dir, staticDir: 'static', baseUrl: '/', sizes: '100vw' })(tree, {
      path: POST,
      data: { frontMatter },
    });
    return tree;
  };
  const pictures = (tree: Root) =>
    tree.children
      .flatMap((node): RootContent[] => ('children' in node ? (node.children as RootContent[]) : [node]))
      .filter((node) => (node.type as string) === 'picture')
      .map(
        (node) =>
          node.data as {
            hName: string;
            hProperties: object;
            hChildren: { tagName: string; properties: Record<string, unknown> }[];
          },
      );

  it('finds Markdown images, a lone <img> and JSX <img /> in reading order', () => {
    const tree = unified()
      .use(remarkParse)
      .parse('![a](./a.png)\n\n<img src="./b.png" alt="b">\n\nText ![c](./c.png)\n');
    expect(findImages(tree).map((image) => [image.url, image.alt, image.block])).toEqual([
      ['./a.png', 'a', 0],
      ['./b.png', 'b', 1],
      ['./c.png', 'c', 2],
    ]);
  });

  it('writes a <picture> with sources, width, height and sizes; the first is fetched first, the rest lazily', () => {
    const tree = transform('![Wide](./wide.png)\n\ntext\n\n<img src="./narrow.png" alt="Narrow">\n');
    const [first, second] = pictures(tree);
    expect(first!.hName).toBe('picture');
    const img = first!.hChildren.at(-1)!;
    expect(first!.hChildren.map((child) => child.tagName)).toEqual(['source', 'source', 'img']);
    expect(img.properties).toMatchObject({
      width: 1440,
      height: 960,
      alt: 'Wide',
      sizes: '100vw',
      fetchPriority: 'high',
    });
    expect(img.properties.loading).toBeUndefined();
    expect(second!.hChildren.at(-1)!.properties).toMatchObject({ loading: 'lazy', decoding: 'async', alt: 'Narrow' });
  });

  it('does not raise the first picture priority under a cover or far down the page', () => {
    expect(pictureLoading(0, 0, true)).toEqual({ lazy: false, highPriority: false });
    expect(pictureLoading(0, 5, false)).toEqual({ lazy: false, highPriority: false });
    expect(pictureLoading(1, 0, false)).toEqual({ lazy: true, highPriority: false });
    const [first] = pictures(transform('![Wide](./wide.png)\n', { cover: { image: './wide.png', alt: 'x' } }));
    expect(first!.hChildren.at(-1)!.properties.fetchPriority).toBeUndefined();
  });

  it('leaves remote and missing images for Docusaurus', () => {
    const tree = transform('![r](https://example.org/r.png) ![m](./missing.png)\n');
    expect(pictures(tree)).toEqual([]);
    expect(findImages(tree)).toHaveLength(2);
  });
});

describe('a story cover', () => {
  const copy = copyFixtureSite();
  afterAll(() => copy.dispose());
  const POST_FILE = join(copy.dir, 'blog/biggest-achievement.md');
  const original = readFileSync(POST_FILE, 'utf8');
  writeFileSync(join(copy.dir, 'blog/wide.png'), png(3000, 2000));
  writeFileSync(join(copy.dir, 'blog/small.png'), png(800, 400));
  writeFileSync(
    join(copy.dir, 'static/img/chart.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>',
  );

  /** The cover findings for the post with `cover` (YAML lines) in its frontmatter. */
  function coverFindings(cover: string): string[] {
    writeFileSync(POST_FILE, original.replace('featured: true\n', `featured: true\ncover:\n${cover}\n`));
    return checkSite(loadSite(copy.dir))
      .findings.filter((f) => f.file === 'blog/biggest-achievement.md')
      .map((f) => `${f.severity} ${f.rule}@${f.line}: ${f.message}`);
  }

  it('is a local photo or screenshot with alt text that says what it shows', () => {
    expect(coverFindings('  image: ./wide.png\n  alt: The team around the whiteboard')).toEqual([]);
    expect(coverFindings('  image: ./wide.png')).toEqual([expect.stringMatching(/^error schema@9: .*alt text/)]);
    expect(coverFindings('  image: ./wide.png\n  alt: photo')).toEqual([
      expect.stringMatching(/^error cover-alt@9: .*does not say what the picture shows/),
    ]);
    expect(coverFindings('  image: ./gone.png\n  alt: The team at work')).toEqual([
      expect.stringMatching(/^error cover-image@9: cover \.\/gone\.png does not exist/),
    ]);
    expect(coverFindings('  image: /img/chart.svg\n  alt: The team at work')).toEqual([
      expect.stringMatching(/^error cover-image@9: .*not a photo or screenshot/),
    ]);
    expect(coverFindings('  image: https://example.org/a.png\n  alt: The team at work')).toEqual([
      expect.stringMatching(/^error cover-image@9: .*another site/),
    ]);
    expect(coverFindings('  image: ./small.png\n  alt: The team at work')).toEqual([
      expect.stringMatching(/^warning cover-image@9: .*800 pixels wide/),
    ]);
  });
});
