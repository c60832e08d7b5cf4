/**
 * npm run check:permalinks [-- --update]
 * Fails, naming each URL, when a URL recorded in blog/permalinks.lock would stop answering.
 */
import { resolve } from 'node:path';
import { loadPosts } from '../content/load';
import { diffLock, RedirectConflict } from '../permalinks/core';
import { readLock, writeLock } from '../permalinks/lock';
import { loadSite } from '../site/manifest';
import { lockFile } from '../site/routes';

export function run(siteDir: string, args: readonly string[], log = console.log, error = console.error): number {
  const update = args.includes('--update');
  const site = loadSite(siteDir);
  const LOCK_FILE = lockFile(site);
  const locked = readLock(site);
  const posts = loadPosts(site).map((post) => post.frontMatter);
  let diff;
  try {
    diff = diffLock(site, locked, posts);
  } catch (caught) {
    if (caught instanceof RedirectConflict) {
      error(`check:permalinks: ${caught.message}`);
      return 1;
    }
    throw caught;
  }
  for (const { from, to } of diff.redirected) log(`redirected: ${from} -> ${to}`);
  for (const url of diff.broken) {
    error(`broken permalink: ${url} is in ${LOCK_FILE} but no post has this URL or lists it in aliases`);
  }
  if (diff.added.length > 0) {
    if (update) {
      writeLock(site, [...locked, ...diff.added]);
      for (const url of diff.added) log(`recorded: ${url}`);
    } else {
      // Not an error: a new post breaks nothing. Recording it is what protects it from now on.
      for (const url of diff.added) log(`not yet locked: ${url} (run npm run check:permalinks -- --update)`);
    }
  }
  if (diff.broken.length > 0) return 1;
  log(`check:permalinks: ${locked.length + (update ? diff.added.length : 0)} locked URLs all answer`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) process.exitCode = run(process.cwd(), process.argv.slice(2));
