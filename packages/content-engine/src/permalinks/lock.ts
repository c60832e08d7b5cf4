/**
 * blog/permalinks.lock on disk: reading it, and recording the URLs of new posts as they are
 * created (`npm run new`, `npm run import`), so a URL is protected from the day it exists.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { answers, formatLock, parseLock, type PermalinkSource } from './core';
import { siteNow } from '../content/schedule';
import type { Site } from '../site/manifest';
import { lockFile, postRoute } from '../site/routes';

export function readLock(site: Site): string[] {
  const path = join(site.dir, lockFile(site));
  return existsSync(path) ? parseLock(readFileSync(path, 'utf8')) : [];
}

export function writeLock(site: Site, urls: Iterable<string>): void {
  const path = join(site.dir, lockFile(site));
  // Written whole, then renamed into place: a reader never sees half a lock. The temporary file
  // is hidden, so neither the site nor the checks read one a killed run leaves; the next write
  // replaces it.
  const temporary = join(dirname(path), `.${basename(path)}.tmp`);
  writeFileSync(temporary, formatLock(urls));
  renameSync(temporary, path);
}

/**
 * The URLs a post answers once it is published: its own, and the old ones it redirects from. None
 * while it is a draft, or scheduled for a day after `now`: the lock records them on the day it is out.
 */
export const urlsOf = (site: Site, post: PermalinkSource, now: Date = siteNow()): string[] =>
  answers(post, now) ? [postRoute(site, post.slug), ...(post.aliases ?? [])] : [];

/** Add the URLs of `posts` to the site's lock; returns the ones it did not hold yet. */
export function recordPermalinks(site: Site, posts: readonly PermalinkSource[], now: Date = siteNow()): string[] {
  const locked = readLock(site);
  const known = new Set(locked);
  const added = [...new Set(posts.flatMap((post) => urlsOf(site, post, now)))].filter((url) => !known.has(url));
  if (added.length > 0) writeLock(site, [...locked, ...added]);
  return added;
}
