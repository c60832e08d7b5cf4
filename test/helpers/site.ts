/** Temporary copies of the site, so tests can add a bad post without touching the real one. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { ROOT } from './paths';
import { SEEDS } from './seeds';
import { loadPosts, loadSite, MANIFEST_FILE, postFile, type Site } from '@sde/content-engine';
import { urlsOf, writeLock } from '@sde/content-engine/permalinks';
import { APP_FILES, contentFolders } from '../../scripts/lib/site-files';

export interface CopyOptions {
  /** Everything needed to build the copy too, sharing node_modules, with a Git history of its own. */
  app?: boolean;
  /**
   * With `app`: node_modules as a folder of links to the site's packages rather than one link to
   * it, so the copy's build caches (node_modules/.cache) are its own and start empty.
   */
  ownCaches?: boolean;
  /** With `app`: the date of the copy's one commit (docs show it), so two copies can build alike. */
  commitDate?: string;
  /**
   * Which posts the copy's blog holds: the site's own (`site`), or only the three seed stories as
   * imported (`seeds`, from test/fixtures/seeds/imported), so that a test of the site's code holds
   * whatever stories blog/ has this week. The tags, authors, docs and static files are the site's.
   */
  posts?: 'site' | 'seeds';
}

/**
 * A copy of the site's content (and with `app`, everything needed to build it). Removed by
 * `dispose`.
 */
export function copySite({ app = false, posts = 'site', ownCaches = false, commitDate }: CopyOptions = {}): {
  dir: string;
  dispose: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'sde-site-'));
  const content = [MANIFEST_FILE, ...contentFolders(loadSite(ROOT))];
  for (const entry of new Set(app ? [...content, ...APP_FILES] : content)) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (posts === 'seeds') useSeedPosts(loadSite(dir));
  if (app) {
    if (ownCaches) {
      mkdirSync(join(dir, 'node_modules'));
      for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
        if (entry !== '.cache') symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
      }
    } else symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    // Docs show last-updated dates from git, so the copy needs a history of its own.
    const env = commitDate
      ? { ...process.env, GIT_AUTHOR_DATE: commitDate, GIT_COMMITTER_DATE: commitDate }
      : process.env;
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'copy');
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Replace the posts of a copy's blog with the seed stories as imported (test/fixtures/seeds/imported),
 * and lock their URLs.
 */
export function useSeedPosts(site: Site): void {
  const blog = join(site.dir, site.blog.path);
  for (const name of readdirSync(blog, { recursive: true, encoding: 'utf8' })) {
    if (/\.mdx?$/.test(name)) rmSync(join(blog, name));
  }
  for (const { slug, imported } of SEEDS) copyFileSync(imported, join(site.dir, postFile(site, slug)));
  writeLock(
    site,
    loadPosts(site).flatMap((post) => urlsOf(site, post.frontMatter)),
  );
}

/** Put a fixture file into the copy at `target` (relative to the copy's root). */
export function addFile(dir: string, fixturePath: string, target: string): void {
  copyFileSync(fixturePath, join(dir, target));
}

/** Run a project script the way a user does, in `cwd`. */
export function run(cwd: string, script: string, args: string[] = [], timeout = 60_000): SpawnSyncReturns<string> {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
  });
}

/** Run the content engine's bin the way `npm run check` and its siblings do (`sde-content check …`), in `cwd`. */
export function sdeContent(cwd: string, args: string[], timeout = 60_000): SpawnSyncReturns<string> {
  return spawnSync(join(ROOT, 'node_modules/.bin/sde-content'), args, { cwd, encoding: 'utf8', timeout });
}
