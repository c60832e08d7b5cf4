/**
 * The routes a site's content becomes, from its manifest: the one place a post's, a tag's or a
 * list page's URL is put together. Routes are site routes (no base URL): `/blog/some-story`.
 */
import { posix } from 'node:path';
import { FEED_FILES, MANIFEST_FILE, sitePath, type Site } from './manifest';

type Layout = Pick<Site, 'blog' | 'docs'>;

/** Join route parts into one route with a single leading slash and no trailing one. */
export function joinRoute(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** A route without its trailing slashes (the root stays "/"). */
export function trimRoute(route: string): string {
  return route.length > 1 ? route.replace(/\/+$/, '') || '/' : route;
}

export const blogRoute = (site: Layout): string => joinRoute(site.blog.routeBasePath);
export const postRoute = (site: Layout, slug: string): string => joinRoute(site.blog.routeBasePath, slug);
export const tagsRoute = (site: Layout): string => joinRoute(site.blog.routeBasePath, site.blog.tagsBasePath);
/** A tag's page, from its permalink in the tags file (`/career`). */
export const tagRoute = (site: Layout, permalink: string): string => joinRoute(tagsRoute(site), permalink);
export const authorsRoute = (site: Layout): string => joinRoute(site.blog.routeBasePath, site.blog.authorsBasePath);
export const authorRoute = (site: Layout, key: string): string => joinRoute(authorsRoute(site), key);
/** The index of every series, and one series' page, by its key in the series file. */
export const seriesIndexRoute = (site: Layout): string => joinRoute(site.blog.routeBasePath, site.blog.seriesBasePath);
export const seriesRoute = (site: Layout, key: string): string => joinRoute(seriesIndexRoute(site), key);
export const archiveRoute = (site: Layout): string => joinRoute(site.blog.routeBasePath, site.blog.archiveBasePath);
/** Page `n` (2 and up) of the blog's list; page 1 is the blog's route. */
export const listPageRoute = (site: Layout, n: number): string =>
  joinRoute(site.blog.routeBasePath, site.blog.pageBasePath, String(n));
export const docsRoute = (site: Layout): string => joinRoute(site.docs.routeBasePath);

/** The feeds of the page at `route` (the blog, a tag, an author), by type: `<route>/rss.xml`… */
export const feedRoutesAt = (
  site: Pick<Site, 'blog'>,
  route: string,
): Partial<Record<keyof typeof FEED_FILES, string>> =>
  Object.fromEntries(site.blog.feeds.map((type) => [type, joinRoute(route, FEED_FILES[type])]));
/** The feeds the blog publishes, by type. */
export const feedRoutes = (site: Pick<Site, 'blog'>): Partial<Record<keyof typeof FEED_FILES, string>> =>
  feedRoutesAt(site, joinRoute(site.blog.routeBasePath));
/** A tag's feeds, from its permalink in the tags file: `/blog/tags/career/rss.xml`… */
export const tagFeedRoutes = (site: Layout, permalink: string): Partial<Record<keyof typeof FEED_FILES, string>> =>
  feedRoutesAt(site, tagRoute(site, permalink));
/** An author's feeds, by their key: `/blog/authors/<key>/rss.xml`… */
export const authorFeedRoutes = (site: Layout, key: string): Partial<Record<keyof typeof FEED_FILES, string>> =>
  feedRoutesAt(site, authorRoute(site, key));

/** The number of list pages the blog has for `posts` listed posts. */
export const listPageCount = (site: Pick<Site, 'blog'>, posts: number): number =>
  Math.max(1, Math.ceil(posts / site.blog.postsPerPage));

/**
 * The routes every site has whatever its posts: the home page, the blog, its archive, tags and
 * authors indexes, the docs, the feeds, and the pages the manifest names.
 */
export function fixedRoutes(site: Pick<Site, 'blog' | 'docs' | 'routes'>): string[] {
  return [
    '/',
    blogRoute(site),
    archiveRoute(site),
    tagsRoute(site),
    authorsRoute(site),
    docsRoute(site),
    ...Object.values(feedRoutes(site)),
    ...Object.values(site.routes),
  ];
}

/** Site-relative paths of the blog's data files and lock. */
export const tagsFile = (site: Pick<Site, 'blog'>): string => sitePath(site.blog.path, site.blog.tags);
export const authorsFile = (site: Pick<Site, 'blog'>): string => sitePath(site.blog.path, site.blog.authors);
export const seriesFile = (site: Pick<Site, 'blog'>): string => sitePath(site.blog.path, site.blog.series);
export const lockFile = (site: Pick<Site, 'blog'>): string => sitePath(site.blog.path, site.blog.permalinks);
/** Where a post with this slug is written: `blog/<slug>.md`. */
export const postFile = (site: Pick<Site, 'blog'>, slug: string, extension = '.md'): string =>
  sitePath(site.blog.path, `${slug}${extension}`);

/**
 * The route of a doc, as Docusaurus gives it: its path under the docs folder without the
 * extension (an `index` file is its folder's route), or its `slug` (absolute from the docs'
 * route, or relative to its folder).
 */
export function docRoute(site: Layout, path: string, slug?: string): string {
  const relativePath = posix.relative(site.docs.path, path).replace(/\.mdx?$/, '');
  if (slug?.startsWith('/')) return joinRoute(site.docs.routeBasePath, slug);
  const dir = posix.dirname(relativePath);
  const base = slug ?? posix.basename(relativePath);
  return joinRoute(site.docs.routeBasePath, dir === '.' ? '' : dir, base === 'index' ? '' : base);
}

/** The routes a site's pages link to by name, for the theme (navbar, footer, home page). */
export interface SiteRoutes {
  home: string;
  blog: string;
  tags: string;
  authors: string;
  series: string;
  archive: string;
  docs: string;
  feeds: Partial<Record<keyof typeof FEED_FILES, string>>;
  pages: Record<string, string>;
}

export function siteRoutes(site: Pick<Site, 'blog' | 'docs' | 'routes'>): SiteRoutes {
  return {
    home: '/',
    blog: blogRoute(site),
    tags: tagsRoute(site),
    authors: authorsRoute(site),
    series: seriesIndexRoute(site),
    archive: archiveRoute(site),
    docs: docsRoute(site),
    feeds: feedRoutes(site),
    pages: { ...site.routes },
  };
}

/** A route under the base URL the site is served from (`/` or `/sub/`): `/sub/blog/some-story`. */
export const withBaseUrl = (baseUrl: string, route: string): string => `${baseUrl.replace(/\/+$/, '')}${route}`;

/** The route site.yml names `name` (under `routes:`); a plugin that adds that page needs it there. */
export function namedRoute(site: Pick<Site, 'routes'>, name: string): string {
  const route = site.routes[name];
  if (route === undefined) {
    throw new Error(`${MANIFEST_FILE}: routes.${name} is missing: give the route of that page there`);
  }
  return route;
}
