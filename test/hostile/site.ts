/** Putting hostile inputs into a copy of the site. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostileCase } from './corpus';
import { ROOT } from '../helpers/paths';
import { useSeedPosts } from '../helpers/site';
import { authorsFile, loadSite, MANIFEST_FILE, tagsFile } from '@sde/content-engine';

/**
 * A site of its blog alone: the site's site.yml, tags.yml and authors.yml, with the seed stories as
 * imported for its posts and their URLs locked (never the stories blog/ holds this week). Enough
 * for every rule that looks at a post, and much quicker to check on a busy machine than the whole
 * site with its docs.
 */
export function blogOnlySite(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sde-hostile-site-'));
  const site = loadSite(ROOT);
  cpSync(join(ROOT, MANIFEST_FILE), join(dir, MANIFEST_FILE));
  mkdirSync(join(dir, site.blog.path), { recursive: true });
  for (const file of [tagsFile(site), authorsFile(site)]) cpSync(join(ROOT, file), join(dir, file));
  useSeedPosts(loadSite(dir));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A valid post, kept outside the site: a symlink to it must still be refused. */
export const OUTSIDE_POST = [
  '---',
  'title: A post outside the site',
  'description: A valid post that lives outside the repository, reached through a symlink.',
  'slug: symlink-to-outside',
  'date: 2024-01-02',
  'authors: [akecskes]',
  'tags: [hiring]',
  '---',
  '',
  'Opening.',
  '',
  '<!-- truncate -->',
  '',
  'More.',
  '',
].join('\n');

/** Write a case into `siteDir`/blog as `<name>.md`; returns the path relative to the site. */
export function placeCase(siteDir: string, c: HostileCase): string {
  const path = `blog/${c.name}.md`;
  writeFileSync(join(siteDir, path), c.bytes());
  return path;
}

/**
 * The inputs that are not plain files: a folder named like a post (with a file in it that is not
 * Markdown), and a symlink to a post outside the site. Returns what to remove afterwards.
 */
export function placeSpecials(siteDir: string): { folder: string; symlink: string; outside: string } {
  const folder = 'blog/directory-named-like-a-post.md';
  mkdirSync(join(siteDir, folder));
  writeFileSync(join(siteDir, folder, 'notes.txt'), 'not a post\n');
  const outside = mkdtempSync(join(tmpdir(), 'sde-outside-'));
  writeFileSync(join(outside, 'post.md'), OUTSIDE_POST);
  const symlink = 'blog/symlink-to-outside.md';
  symlinkSync(join(outside, 'post.md'), join(siteDir, symlink));
  return { folder, symlink, outside };
}

export function removeSpecials(siteDir: string, placed: { folder: string; symlink: string; outside: string }): void {
  rmSync(join(siteDir, placed.folder), { recursive: true, force: true });
  rmSync(join(siteDir, placed.symlink), { force: true });
  rmSync(placed.outside, { recursive: true, force: true });
}

/** The content engine's bin (what `npm run check` and `npm run import` run), one node process. */
export const SDE_CONTENT_BIN = join(ROOT, 'packages/content-engine/bin/sde-content.mjs');

/** Run `sde-content <command> …` in `cwd`, as `npm run <command>` would, with this node. */
export function runSdeContent(
  cwd: string,
  command: string,
  args: string[] = [],
  timeout = 120_000,
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [SDE_CONTENT_BIN, command, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
  });
}
