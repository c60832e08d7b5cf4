/**
 * tsx scripts/bench/scale-site.ts --posts 1000
 *
 * Builds a copy of the site with its own stories plus `--posts` synthetic ones, and prints where the
 * build is, so the browser suite can run against a large blog:
 *
 *   E2E_BUILD_DIR=<printed dir> npm run test:e2e
 *
 * The suite reads the posts, lock file and build of the site around E2E_BUILD_DIR (test/e2e/site.ts):
 * here the synthetic posts and this checkout's own, which the copy keeps. The copy stays in the
 * system's temporary folder until removed.
 */
import { parseArgs } from 'node:util';
import { cpSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from './measure';
import { ourSite } from './sites';

export async function buildScaleSite(siteDir: string, posts: number, log: (line: string) => void): Promise<string> {
  const site = ourSite(siteDir, posts);
  for (const name of readdirSync(join(siteDir, 'blog'))) {
    if (/\.mdx?$|\.lock$/.test(name)) cpSync(join(siteDir, 'blog', name), join(site.dir, 'blog', name));
  }
  log(`building ${posts} synthetic posts and the site's own in ${site.dir}…`);
  const result = await measure('npm', ['run', 'build'], site.dir);
  if (!result.ok) {
    site.dispose();
    throw new Error(`build failed:\n${result.output.slice(-3000)}`);
  }
  log(`built in ${(result.ms / 1000).toFixed(0)} s`);
  return join(site.dir, 'build');
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) {
  const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000' } } });
  const posts = Number(values.posts);
  if (!Number.isInteger(posts) || posts < 0) {
    console.error('scale-site: --posts takes a whole number');
    process.exit(2);
  }
  buildScaleSite(process.cwd(), posts, (line) => console.error(line)).then(
    (dir) => console.log(dir),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
