/**
 * `sde-content permalinks` (`npm run check:permalinks [-- --update]`), in the site's folder: fails,
 * naming each URL, when a URL recorded in the lock file would stop answering. `--update` records
 * the URLs of new posts. Exit codes: 0 every locked URL answers, 1 one does not, 2 wrong usage.
 */
import { loadPosts } from '../site/content';
import { diffLock, RedirectConflict } from '../permalinks/core';
import { readLock, writeLock } from '../permalinks/lock';
import { loadSite } from '../site/manifest';
import { siteNow } from '../content/schedule';
import { lockFile } from '../site/routes';
import { parseCommandLine, processIo, runDirectly, type Io } from './index';

export const USAGE = `Usage: npm run check:permalinks -- [options]

Checks that every URL in the permalink lock still answers, as a post or one of its aliases.

Options:
  --update                record the URLs of new posts in the lock
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: { update: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const update = values.update;
  const site = loadSite(io.cwd);
  const LOCK_FILE = lockFile(site);
  const locked = readLock(site);
  const posts = loadPosts(site).map((post) => post.frontMatter);
  let diff;
  try {
    diff = diffLock(site, locked, posts, siteNow(io.env, io.now));
  } catch (caught) {
    if (caught instanceof RedirectConflict) {
      io.err(`check:permalinks: ${caught.message}`);
      return 1;
    }
    throw caught;
  }
  for (const { from, to } of diff.redirected) io.out(`redirected: ${from} -> ${to}`);
  for (const url of diff.broken) {
    io.err(`broken permalink: ${url} is in ${LOCK_FILE} but no post has this URL or lists it in aliases`);
  }
  if (diff.added.length > 0) {
    if (update) {
      writeLock(site, [...locked, ...diff.added]);
      for (const url of diff.added) io.out(`recorded: ${url}`);
    } else {
      // Not an error: a new post breaks nothing. Recording it is what protects it from now on.
      for (const url of diff.added) io.out(`not yet locked: ${url} (run npm run check:permalinks -- --update)`);
    }
  }
  if (diff.broken.length > 0) return 1;
  io.out(`check:permalinks: ${locked.length + (update ? diff.added.length : 0)} locked URLs all answer`);
  return 0;
}

runDirectly(import.meta, main);
