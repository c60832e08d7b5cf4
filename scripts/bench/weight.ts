/** Weight benchmark: the JS and CSS each page type names in its HTML, raw and gzipped. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Bytes of the assets a page names; only same-site URLs count (there should be no others). */
export function pageWeight(buildDir: string, html: string, baseUrl = '/'): Weight {
  const { scripts, styles } = initialAssets(html);
  const sizes = (urls: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const url of urls) {
      if (!url.startsWith(baseUrl) || url.startsWith('//')) continue;
      const file = join(buildDir, url.slice(baseUrl.length).split(/[?#]/)[0]!);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const js = sizes(scripts);
  const css = sizes(styles);
  return { jsRaw: js.raw, jsGzip: js.gzip, cssRaw: css.raw, cssGzip: css.gzip, files: [...scripts, ...styles] };
}

export function runWeightBench(buildDir: string): { rows: Row[]; pages: (PageType & Weight)[] } {
  const pages = pageTypes(buildDir).map((page) => ({
    ...page,
    ...pageWeight(buildDir, readFileSync(join(buildDir, page.file), 'utf8')),
  }));
  const rows = pages.map((page) => ({
    page: `${page.type} (${page.path})`,
    'JS KB': kb(page.jsRaw),
    'JS KB gzip': kb(page.jsGzip),
    'CSS KB': kb(page.cssRaw),
    'CSS KB gzip': kb(page.cssGzip),
    files: page.files.length,
  }));
  return { rows, pages };
}
