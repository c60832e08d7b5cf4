/**
 * The site whose build the browser suite tests: this checkout and its build/ by default, or the site
 * around E2E_BUILD_DIR (such as the large blog scripts/bench/scale-site.ts builds). Specs read that
 * site's posts, lock file and build, never this checkout's, so the suite holds at any blog size.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isListed, loadPosts, readTags, type LoadedPost } from '../../packages/content-engine/src/content/load';
import { parseLock, postUrl } from '../../packages/content-engine/src/permalinks/core';

/** The build being served. */
export const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? 'build');
/** The site it was built from: its blog/, docs/ and .cache/. */
export const SITE_DIR = dirname(BUILD_DIR);

/** Posts a reader can find in lists and feeds (not drafts, not unlisted), newest first. */
export function listedPosts(): LoadedPost[] {
  return loadPosts(SITE_DIR).filter(isListed);
}

export const siteTags = () => readTags(SITE_DIR);

/** Post URLs from the site's committed lock file: the site promises every one of them. */
export function lockedPostUrls(): string[] {
  return parseLock(readFileSync(join(SITE_DIR, 'blog', 'permalinks.lock'), 'utf8')).filter((url) =>
    url.startsWith('/blog/'),
  );
}

/** The URL of every listed post, whether or not it is in the lock file yet. */
export const listedPostUrls = () => listedPosts().map((post) => postUrl(post.frontMatter.slug));
