/**
 * blog/permalinks.lock on disk: reading it, and recording the URLs of new posts as they are
 * created (`npm run new`, `npm run import`), so a URL is protected from the day it exists.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatLock, parseLock, postUrl, type PermalinkSource } from './core';

export const LOCK_FILE = 'blog/permalinks.lock';

export function readLock(siteDir: string): string[] {
  const path = join(siteDir, LOCK_FILE);
  return existsSync(path) ? parseLock(readFileSync(path, 'utf8')) : [];
}

export function writeLock(siteDir: string, urls: Iterable<string>): void {
  const path = join(siteDir, LOCK_FILE);
  // Written whole, then renamed into place: a reader never sees half a lock. The temporary file
  // is hidden, so neither the site nor the checks read one a killed run leaves; the next write
  // replaces it.
  const temporary = join(dirname(path), `.${basename(path)}.tmp`);
  writeFileSync(temporary, formatLock(urls));
  renameSync(temporary, path);
}

/** The URLs a post answers at once it is published: its own, and the old ones it redirects from. */
export const urlsOf = (post: PermalinkSource): string[] =>
  post.draft ? [] : [postUrl(post.slug), ...(post.aliases ?? [])];

/** Add the URLs of `posts` to the site's lock; returns the ones it did not hold yet. */
export function recordPermalinks(siteDir: string, posts: readonly PermalinkSource[]): string[] {
  const locked = readLock(siteDir);
  const known = new Set(locked);
  const added = [...new Set(posts.flatMap(urlsOf))].filter((url) => !known.has(url));
  if (added.length > 0) writeLock(siteDir, [...locked, ...added]);
  return added;
}
