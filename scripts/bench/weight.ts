/**
 * Weight benchmark: the JS and CSS each page type names in its HTML, raw and gzipped, and the JS a
 * browser actually fetches when it opens the page (route chunks included) before anyone touches it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { startStaticServer } from '../serve/static-server';
import { initialAssets, kb, type Row } from './stats';

export interface PageType {
  type: string;
  /** URL path, as served. */
  path: string;
  file: string;
}

const BLOG_NON_POSTS = new Set(['archive.html', 'authors.html', 'tags.html']);

/** One page of each type from a production build (the first post and tag and author by name). */
export function pageTypes(buildDir: string): PageType[] {
  const htmlIn = (dir: string) =>
    existsSync(join(buildDir, dir))
      ? readdirSync(join(buildDir, dir))
          .filter((name) => name.endsWith('.html'))
          .sort()
      : [];
  const post = htmlIn('blog').find((name) => !BLOG_NON_POSTS.has(name));
  const tag = htmlIn('blog/tags')[0];
  const author = htmlIn('blog/authors').find((name) => name !== 'unknown.html');
  const docs = htmlIn('docs').includes('authoring.html') ? 'docs/authoring.html' : 'docs.html';
  const pages: (PageType | undefined)[] = [
    { type: 'home', path: '/', file: 'index.html' },
    post ? { type: 'post', path: `/blog/${post.slice(0, -5)}`, file: `blog/${post}` } : undefined,
    { type: 'tags index', path: '/blog/tags', file: 'blog/tags.html' },
    tag ? { type: 'tag page', path: `/blog/tags/${tag.slice(0, -5)}`, file: `blog/tags/${tag}` } : undefined,
    author
      ? { type: 'author page', path: `/blog/authors/${author.slice(0, -5)}`, file: `blog/authors/${author}` }
      : undefined,
    { type: 'docs page', path: `/${docs.slice(0, -5)}`, file: docs },
    { type: 'archive', path: '/blog/archive', file: 'blog/archive.html' },
  ];
  return pages.filter((page): page is PageType => page !== undefined && existsSync(join(buildDir, page.file)));
}

export interface Weight {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  files: string[];
}

const sizes = new Map<string, { raw: number; gzip: number }>();

/** Raw and gzip-9 bytes of a built file; every page loads the same few, so each is read once. */
function fileSize(file: string): { raw: number; gzip: number } {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

/** Bytes of the assets a page names; only same-site URLs count (there should be no others). */
export function pageWeight(buildDir: string, html: string, baseUrl = '/'): Weight {
  const { scripts, styles } = initialAssets(html);
  const total = (urls: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const url of urls) {
      if (!url.startsWith(baseUrl) || url.startsWith('//')) continue;
      const file = join(buildDir, url.slice(baseUrl.length).split(/[?#]/)[0]!);
      if (!existsSync(file)) continue;
      const size = fileSize(file);
      raw += size.raw;
      gzip += size.gzip;
    }
    return { raw, gzip };
  };
  const js = total(scripts);
  const css = total(styles);
  return { jsRaw: js.raw, jsGzip: js.gzip, cssRaw: css.raw, cssGzip: css.gzip, files: [...scripts, ...styles] };
}

/**
 * The same-site scripts Chromium fetches for each page until the network is idle, with no input:
 * runtime and main, plus the route chunks Docusaurus loads before it hydrates, and anything loaded
 * right after. Sizes are the files' own gzip sizes, as in the columns read from the HTML.
 */
export async function loadedScripts(buildDir: string, pages: PageType[]): Promise<Map<string, string[]>> {
  const server = await startStaticServer(buildDir, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const loaded = new Map<string, string[]>();
  try {
    for (const page of pages) {
      const tab = await browser.newPage();
      const scripts = new Set<string>();
      tab.on('response', (response) => {
        const url = new URL(response.url());
        if (response.request().resourceType() === 'script' && url.origin === server.url) scripts.add(url.pathname);
      });
      await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
      loaded.set(page.path, [...scripts].sort());
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return loaded;
}

export async function runWeightBench(buildDir: string): Promise<{ rows: Row[]; pages: (PageType & Weight)[] }> {
  const types = pageTypes(buildDir);
  const loaded = await loadedScripts(buildDir, types);
  const pages = types.map((page) => {
    const scripts = loaded.get(page.path) ?? [];
    return {
      ...page,
      ...pageWeight(buildDir, readFileSync(join(buildDir, page.file), 'utf8')),
      loadedScripts: scripts,
      loadedJsGzip: scripts.reduce((sum, path) => sum + fileSize(join(buildDir, path)).gzip, 0),
    };
  });
  const rows = pages.map((page) => ({
    page: `${page.type} (${page.path})`,
    'JS KB': kb(page.jsRaw),
    'JS KB gzip': kb(page.jsGzip),
    'CSS KB': kb(page.cssRaw),
    'CSS KB gzip': kb(page.cssGzip),
    files: page.files.length,
    'JS KB gzip fetched on load': kb(page.loadedJsGzip),
    'scripts fetched': page.loadedScripts.length,
  }));
  return { rows, pages };
}
