/**
 * What the whole site offers to links: every route a page will have, and the heading anchors of
 * each post and doc. Built once from the sources, so link checks are lookups, not searches.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TagsFile, AuthorsFile, SeriesFile } from '../content/schema';
import { slugOf, aliasesOf, type SourceFile } from './source';
import type { Site } from '../site/manifest';
import { isScheduled, publicationOf, siteNow } from '../content/schedule';
import {
  authorRoute,
  docRoute,
  fixedRoutes,
  listPageCount,
  listPageRoute,
  postRoute,
  seriesIndexRoute,
  seriesRoute,
  tagRoute,
  trimRoute,
} from '../site/routes';

export interface SiteIndex {
  /** Routes such as /blog/some-slug, without trailing slash. */
  routes: Set<string>;
  /** Anchors of the page behind a route or a source path. */
  anchors: Map<string, Set<string>>;
  /** Source paths relative to the site root, for relative Markdown links. */
  files: Set<string>;
  /** How many posts the blog has, for its list pages. */
  posts: number;
  /** Routes of posts scheduled for after now (no page yet), with the instant each comes out. */
  later: Map<string, Date>;
  /** Now, which decides what is scheduled. */
  now: Date;
}

export function buildSiteIndex(
  site: Site,
  sources: SourceFile[],
  tags: TagsFile,
  authors: AuthorsFile,
  series: SeriesFile = {},
  now: Date = siteNow(),
): SiteIndex {
  const index: SiteIndex = {
    routes: new Set(fixedRoutes(site)),
    anchors: new Map(),
    files: new Set(),
    posts: 0,
    later: new Map(),
    now,
  };
  const routes = index.routes;
  for (const tag of Object.values(tags)) routes.add(tagRoute(site, tag.permalink));
  for (const key of Object.keys(authors)) routes.add(authorRoute(site, key));
  // A site with series has their index, and a page for each.
  if (Object.keys(series).length > 0) routes.add(seriesIndexRoute(site));
  for (const key of Object.keys(series)) routes.add(seriesRoute(site, key));
  for (const file of listFiles(join(site.dir, site.static))) routes.add(`/${file}`);
  for (const page of listFiles(join(site.dir, site.pages))) {
    const match = /^(.*?)(\/index)?\.(tsx|jsx|js|md|mdx)$/.exec(page);
    if (match && !page.split('/').some((part) => part.startsWith('_'))) routes.add(trimRoute(`/${match[1]}`));
  }
  addToIndex(site, index, sources);
  return index;
}

/** A copy of `index` with `sources` added: for posts about to be written, on top of the site. */
export function extendSiteIndex(site: Site, index: SiteIndex, sources: SourceFile[]): SiteIndex {
  const copy: SiteIndex = {
    routes: new Set(index.routes),
    anchors: new Map(index.anchors),
    files: new Set(index.files),
    posts: index.posts,
    later: new Map(index.later),
    now: index.now,
  };
  addToIndex(site, copy, sources);
  return copy;
}

function addToIndex(site: Site, index: SiteIndex, sources: SourceFile[]): void {
  for (const source of sources) {
    index.files.add(source.path);
    const fileAnchors = source.markdown?.anchors ?? new Set<string>();
    index.anchors.set(source.path, fileAnchors);
    const route = routeOf(site, source);
    // A post scheduled for after now has no page yet, nor redirects: a link to it is known to wait.
    const out =
      source.post && !source.post.draft && isScheduled(source.post, index.now) ? publicationOf(source.post) : undefined;
    if (route) {
      if (out) index.later.set(route, out);
      else index.routes.add(route);
      index.anchors.set(route, fileAnchors);
    }
    if (out) continue;
    if (source.kind === 'post') index.posts++;
    for (const alias of aliasesOf(source)) index.routes.add(trimRoute(alias));
  }
  for (let page = 2; page <= listPageCount(site, index.posts); page++) index.routes.add(listPageRoute(site, page));
}

/** The route a post or doc is published at, or undefined when its frontmatter is unusable. */
export function routeOf(site: Pick<Site, 'blog' | 'docs'>, source: SourceFile): string | undefined {
  if (source.kind === 'post') {
    const slug = slugOf(source);
    return slug ? postRoute(site, slug) : undefined;
  }
  if (!source.parsed) return undefined;
  const slug = typeof source.parsed.data.slug === 'string' ? source.parsed.data.slug : undefined;
  return docRoute(site, source.path, slug);
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
