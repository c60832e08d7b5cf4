/**
 * The site whose build the browser suite tests: this checkout and its build/ by default, or the site
 * around E2E_BUILD_DIR (such as the large blog scripts/cli/scale-site.ts builds). Specs read that
 * site's manifest, posts, lock file and build, never this checkout's, so the suite holds at any
 * blog size.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  isListed,
  loadPosts,
  loadSite,
  lockFile,
  postRoute,
  readTags,
  siteRoutes,
  type LoadedPost,
} from '@sde/content-engine';
import { parseLock } from '@sde/content-engine/permalinks';

/** The build being served. */
export const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? 'build');
/** The site it was built from: its site.yml, posts, docs and .cache/. */
export const SITE_DIR = dirname(BUILD_DIR);
/** Its manifest: folders, routes, page and feed sizes. */
export const SITE = loadSite(SITE_DIR);
export const ROUTES = siteRoutes(SITE);

/** A post's URL on the site under test. */
export const postUrl = (slug: string): string => postRoute(SITE, slug);

/** Posts a reader can find in lists and feeds (not drafts, not unlisted), newest first. */
export function listedPosts(): LoadedPost[] {
  return loadPosts(SITE).filter(isListed);
}

export const siteTags = () => readTags(SITE);

/** Post URLs from the site's committed lock file: the site promises every one of them. */
export function lockedPostUrls(): string[] {
  return parseLock(readFileSync(join(SITE_DIR, lockFile(SITE)), 'utf8')).filter((url) =>
    url.startsWith(`${ROUTES.blog}/`),
  );
}

/** The URL of every listed post, whether or not it is in the lock file yet. */
export const listedPostUrls = () => listedPosts().map((post) => postUrl(post.frontMatter.slug));
