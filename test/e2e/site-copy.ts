/** Copies of this checkout for specs that build or serve a site of their own. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { loadPosts, loadSite, postFile } from '@sde/content-engine';
import { urlsOf, writeLock } from '@sde/content-engine/permalinks';

/** A copy of the working tree (every file Git does not ignore), sharing node_modules. */
export function copyOfSite(prefix = 'sde-dev-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const copy = spawnSync('sh', [
    '-c',
    `git ls-files -z -co --exclude-standard | tar --null -cf - -T - | tar -xf - -C "${dir}"`,
  ]);
  expect(copy.status, copy.stderr.toString()).toBe(0);
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * The copy's blog holds only the three seed stories as imported (test/fixtures/seeds/imported),
 * with their URLs locked: a spec about the site's code then holds whatever blog/ has this week.
 */
export function useSeedStories(dir: string): void {
  const site = loadSite(dir);
  const blog = join(dir, site.blog.path);
  for (const name of readdirSync(blog, { recursive: true, encoding: 'utf8' })) {
    if (/\.mdx?$/.test(name)) rmSync(join(blog, name));
  }
  const seeds = join(process.cwd(), 'test', 'fixtures', 'seeds', 'imported');
  for (const name of readdirSync(seeds))
    copyFileSync(join(seeds, name), join(dir, postFile(site, name.replace(/\.mdx?$/, ''))));
  writeLock(
    site,
    loadPosts(site).flatMap((post) => urlsOf(site, post.frontMatter)),
  );
}

/** A story with these frontmatter lines and a short body with a truncate marker. */
export const storyText = (frontMatter: string[]): string =>
  [
    '---',
    ...frontMatter,
    '---',
    'The opening paragraph.',
    '',
    '<!-- truncate -->',
    '',
    'The rest of the story.',
    '',
  ].join('\n');

/** Writes a file as editors save one: beside it, then renamed over it (a watcher never reads half). */
export function saveLikeAnEditor(file: string, text: string): void {
  writeFileSync(`${file}.saving`, text);
  renameSync(`${file}.saving`, file);
}
