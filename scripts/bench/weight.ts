/**
 * Weight benchmark: the JS and CSS each page type names in its HTML, raw and gzipped, and the JS a
 * browser actually fetches when it opens the page (route chunks included) before anyone touches it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { startStaticServer } from '../serve/static-server';
import { resolveFile } from '../serve/site-server';
import { initialAssets, kb, type Row } from './stats';

export interface PageType {
  type: string;
  /** URL path, as served. */
  path: string;
  file: string;
  /** A page stock Docusaurus has no counterpart of (a series page): measured on our side only. */
  oursOnly?: boolean;
}

const BLOG_NON_POSTS = new Set(['archive', 'authors', 'tags', 'series', 'page', 'rss', 'atom', 'feed']);

/** Pages directly under `dir`, by name: `<name>.html` (trailingSlash false) or `<name>/index.html`. */
function pagesIn(buildDir: string, dir: string): string[] {
  const folder = join(buildDir, dir);
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name.endsWith('.html')) return [entry.name.slice(0, -5)];
    if (entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html'))) return [entry.name];
    return [];
  });
  return [...new Set(names)].filter((name) => name !== 'index').sort();
}

/** The URL path of every story in a build (`/blog/<slug>`), as list pages link to them. */
export function storyPaths(buildDir: string): string[] {
  return pagesIn(buildDir, 'blog')
    .filter((name) => !BLOG_NON_POSTS.has(name))
    .map((name) => `/blog/${name}`);
}

/** The built file a URL path is served from, relative to the build, or undefined. */
export function pageFile(buildDir: string, path: string): string | undefined {
  const file = resolveFile(resolve(buildDir), path);
  return file && relative(resolve(buildDir), file);
}

/** Docs pages in order of preference: the first that exists (in every build given) is measured. */
const DOCS_PAGES = ['/docs/authoring', '/docs/authoring/frontmatter', '/docs'];

/**
 * One page of each type from a production build (the first post and tag and author by name), the
 * same URL in every build given: stock and ours are measured on the same pages.
 */
export function pageTypes(buildDir: string, alsoIn: string[] = []): PageType[] {
  const builds = [buildDir, ...alsoIn];
  const post = pagesIn(buildDir, 'blog').find((name) => !BLOG_NON_POSTS.has(name));
  const tag = pagesIn(buildDir, 'blog/tags')[0];
  const author = pagesIn(buildDir, 'blog/authors').find((name) => name !== 'unknown' && name !== 'page');
  const docs = DOCS_PAGES.find((path) => builds.every((dir) => pageFile(dir, path)));
  const candidates: [string, string | undefined][] = [
    ['home', '/'],
    ['post', post && `/blog/${post}`],
    ['tags index', '/blog/tags'],
    ['tag page', tag && `/blog/tags/${tag}`],
    ['author page', author && `/blog/authors/${author}`],
    ['docs page', docs],
    ['archive', '/blog/archive'],
  ];
  // Series have no stock counterpart: their pages are weighed on our side alone.
  const series = pagesIn(buildDir, 'blog/series')[0];
  const ours: [string, string | undefined][] = [
    ['series index', series && '/blog/series'],
    ['series page', series && `/blog/series/${series}`],
  ];
  const found = candidates.flatMap(([type, path]) => {
    const file = path && pageFile(buildDir, path);
    return path && file && builds.every((dir) => pageFile(dir, path)) ? [{ type, path, file }] : [];
  });
  return [
    ...found,
    ...ours.flatMap(([type, path]) => {
      const file = path && pageFile(buildDir, path);
      return path && file ? [{ type, path, file, oursOnly: true }] : [];
    }),
  ];
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
 * right after. Sizes are the files' own gzip sizes, as in the columns read from the HTML. With
 * `firstInput`, also those fetched by then and after the reader's first input (a mouse move), once
 * the page is live (hydrated, or its islands started: this site's reader pages never hydrate).
 */
export async function loadedScripts(buildDir: string, pages: PageType[]): Promise<Map<string, string[]>>;
export async function loadedScripts(
  buildDir: string,
  pages: PageType[],
  firstInput: true,
): Promise<Map<string, { onLoad: string[]; afterInput: string[] }>>;
export async function loadedScripts(
  buildDir: string,
  pages: PageType[],
  firstInput = false,
): Promise<Map<string, string[] | { onLoad: string[]; afterInput: string[] }>> {
  const server = await startStaticServer(buildDir, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const loaded = new Map<string, string[] | { onLoad: string[]; afterInput: string[] }>();
  try {
    for (const page of pages) {
      const tab = await browser.newPage();
      const scripts = new Set<string>();
      tab.on('response', (response) => {
        const url = new URL(response.url());
        if (response.request().resourceType() === 'script' && url.origin === server.url) scripts.add(url.pathname);
      });
      await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
      const onLoad = [...scripts].sort();
      if (firstInput) {
        await tab.mouse.move(10, 10);
        await tab
          .locator('html[data-has-hydrated="true"], html[data-islands="ready"]')
          .waitFor({ state: 'attached', timeout: 10_000 })
          .catch(() => undefined);
        await tab.waitForLoadState('networkidle');
        loaded.set(page.path, { onLoad, afterInput: [...scripts].sort() });
      } else loaded.set(page.path, onLoad);
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return loaded;
}

export interface MeasuredPage extends PageType, Weight {
  loadedScripts: string[];
  loadedJsGzip: number;
  afterInputScripts: string[];
  afterInputJsGzip: number;
}

/** Weight of each page: what its HTML names, and what a browser fetches on load and by the first input. */
export async function measurePages(buildDir: string, pages: PageType[]): Promise<MeasuredPage[]> {
  const loaded = await loadedScripts(buildDir, pages, true);
  const gzipOf = (paths: string[]) => paths.reduce((sum, path) => sum + fileSize(join(buildDir, path)).gzip, 0);
  return pages.map((page) => {
    const { onLoad, afterInput } = loaded.get(page.path) ?? { onLoad: [], afterInput: [] };
    return {
      ...page,
      ...pageWeight(buildDir, readFileSync(join(buildDir, page.file), 'utf8')),
      loadedScripts: onLoad,
      loadedJsGzip: gzipOf(onLoad),
      afterInputScripts: afterInput,
      afterInputJsGzip: gzipOf(afterInput),
    };
  });
}

/** The site's own build: one row per page type. */
export async function runWeightBench(buildDir: string): Promise<{ rows: Row[]; pages: MeasuredPage[] }> {
  const pages = await measurePages(buildDir, pageTypes(buildDir));
  const rows = pages.map((page) => ({
    page: `${page.type} (${page.path})`,
    'JS KB': kb(page.jsRaw),
    'JS KB gzip': kb(page.jsGzip),
    'CSS KB': kb(page.cssRaw),
    'CSS KB gzip': kb(page.cssGzip),
    files: page.files.length,
    'JS KB gzip fetched on load': kb(page.loadedJsGzip),
    'JS KB gzip by first input': kb(page.afterInputJsGzip),
    'scripts by first input': page.afterInputScripts.length,
  }));
  return { rows, pages };
}
