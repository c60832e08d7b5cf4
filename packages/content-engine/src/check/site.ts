/**
 * What the whole site offers to links: every route a page will have, and the heading anchors of
 * each post and doc. Built once from the sources, so link checks are lookups, not searches.
 */
import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { TagsFile, AuthorsFile } from '../content/schema';
import { slugOf, aliasesOf, type SourceFile } from './source';

export interface SiteIndex {
  /** Routes such as /blog/some-slug, without trailing slash. */
  routes: Set<string>;
  /** Anchors of the page behind a route or a source path. */
  anchors: Map<string, Set<string>>;
  /** Source paths relative to the site root, for relative Markdown links. */
  files: Set<string>;
  /** How many posts the blog has, for its list pages. */
  posts: number;
}

const FIXED_ROUTES = ['/', '/blog', '/blog/archive', '/blog/tags', '/blog/authors', '/docs', '/search'];
const POSTS_PER_PAGE = 10;

export function buildSiteIndex(
  siteDir: string,
  sources: SourceFile[],
  tags: TagsFile,
  authors: AuthorsFile,
): SiteIndex {
  const index: SiteIndex = { routes: new Set(FIXED_ROUTES), anchors: new Map(), files: new Set(), posts: 0 };
  const routes = index.routes;
  for (const tag of Object.values(tags)) routes.add(`/blog/tags${tag.permalink}`);
  for (const key of Object.keys(authors)) routes.add(`/blog/authors/${key}`);
  for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) routes.add(`/blog/${feed}`);
  // For AI assistants (src/plugins/llms): the index and every story in one file.
  for (const file of ['llms.txt', 'llms-full.txt']) routes.add(`/${file}`);
  for (const file of listFiles(join(siteDir, 'static'))) routes.add(`/${file}`);
  for (const page of listFiles(join(siteDir, 'src/pages'))) {
    const match = /^(.*?)(\/index)?\.(tsx|jsx|js|md|mdx)$/.exec(page);
    if (match && !page.split('/').some((part) => part.startsWith('_'))) routes.add(trimRoute(`/${match[1]}`));
  }
  addToIndex(index, sources);
  return index;
}

/** A copy of `index` with `sources` added: for posts about to be written, on top of the site. */
export function extendSiteIndex(index: SiteIndex, sources: SourceFile[]): SiteIndex {
  const copy: SiteIndex = {
    routes: new Set(index.routes),
    anchors: new Map(index.anchors),
    files: new Set(index.files),
    posts: index.posts,
  };
  addToIndex(copy, sources);
  return copy;
}

function addToIndex(index: SiteIndex, sources: SourceFile[]): void {
  for (const source of sources) {
    index.files.add(source.path);
    const fileAnchors = source.markdown?.anchors ?? new Set<string>();
    index.anchors.set(source.path, fileAnchors);
    const route = routeOf(source);
    if (route) {
      index.routes.add(route);
      index.anchors.set(route, fileAnchors);
    }
    if (source.kind === 'post') index.posts++;
    for (const alias of aliasesOf(source)) index.routes.add(trimRoute(alias));
  }
  for (let page = 2; page <= Math.ceil(index.posts / POSTS_PER_PAGE); page++) index.routes.add(`/blog/page/${page}`);
}

/** The route a post or doc is published at, or undefined when its frontmatter is unusable. */
export function routeOf(source: SourceFile): string | undefined {
  if (source.kind === 'post') {
    const slug = slugOf(source);
    return slug ? `/blog/${slug}` : undefined;
  }
  if (!source.parsed) return undefined;
  const slug = typeof source.parsed.data.slug === 'string' ? source.parsed.data.slug : undefined;
  const relativePath = source.path.replace(/^docs\//, '').replace(/\.mdx?$/, '');
  if (slug?.startsWith('/')) return trimRoute(`/docs${slug}`);
  const dir = posix.dirname(relativePath);
  const base = slug ?? posix.basename(relativePath);
  const route = `/docs/${dir === '.' ? '' : `${dir}/`}${base === 'index' ? '' : base}`;
  return trimRoute(route);
}

export function trimRoute(route: string): string {
  return route.length > 1 ? route.replace(/\/+$/, '') : route;
}

function listFiles(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}
