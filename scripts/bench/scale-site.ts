/**
 * tsx scripts/bench/scale-site.ts --posts 1000 [-- <command…>]
 *
 * Builds a copy of the site with its own stories plus `--posts` synthetic ones, so the browser
 * suite can run against a large blog. With a command after `--`, runs it with E2E_BUILD_DIR naming
 * the copy's build, removes the copy, and exits with the command's status (`npm run
 * test:e2e:scale`). Without one, prints where the build is and keeps the copy (in the system's
 * temporary folder, until removed):
 *
 *   E2E_BUILD_DIR=<printed dir> npm run test:e2e
 *
 * The suite reads the posts, lock file and build of the site around E2E_BUILD_DIR (test/e2e/site.ts):
 * here the synthetic posts, this checkout's own, which the copy keeps, and one post just made by
 * `npm run new`, as an author would start one.
 */
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from './measure';
import { runNew } from '../../packages/content-engine/src/cli/new';
import { loadSite, readAuthors, readTags } from '@sde/content-engine';
import { ourSite } from './sites';

const SCAFFOLDED_TITLE = 'A story just started with npm run new';

export async function buildScaleSite(
  siteDir: string,
  posts: number,
  log: (line: string) => void,
): Promise<{ buildDir: string; dispose: () => void }> {
  const site = ourSite(siteDir, posts);
  const { blog } = loadSite(siteDir);
  for (const name of readdirSync(join(siteDir, blog.path))) {
    if (/\.mdx?$|\.lock$/.test(name)) cpSync(join(siteDir, blog.path, name), join(site.dir, blog.path, name));
  }
  // A post as `npm run new` leaves it, placeholder text and all: what authors add every week must
  // pass the suite too, not just long finished stories.
  const copy = loadSite(site.dir);
  const [author] = Object.keys(readAuthors(copy));
  const [tag] = Object.keys(readTags(copy));
  const scaffolded = runNew([SCAFFOLDED_TITLE, '--author', author!, '--tags', tag!], site.dir);
  if (scaffolded.code !== 0) {
    site.dispose();
    throw new Error(`npm run new failed in the copy:\n${scaffolded.stderr}`);
  }
  log(`building ${posts} synthetic posts, the site's own and a new one in ${site.dir}…`);
  const result = await measure('npm', ['run', 'build'], site.dir);
  if (!result.ok) {
    site.dispose();
    throw new Error(`build failed:\n${result.output.slice(-3000)}`);
  }
  log(`built in ${(result.ms / 1000).toFixed(0)} s`);
  return { buildDir: join(site.dir, 'build'), dispose: site.dispose };
}

/** Runs `command` against the build at `buildDir`; its exit status. */
export function runAgainst(buildDir: string, command: string[]): number {
  const result = spawnSync(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, E2E_BUILD_DIR: buildDir },
  });
  return result.status ?? 1;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) {
  let parsed;
  try {
    parsed = parseArgs({ options: { posts: { type: 'string', default: '1000' } }, allowPositionals: true });
  } catch (error) {
    console.error(`scale-site: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const posts = Number(parsed.values.posts);
  if (!Number.isInteger(posts) || posts < 0) {
    console.error('scale-site: --posts takes a whole number');
    process.exit(2);
  }
  const command = parsed.positionals;
  buildScaleSite(process.cwd(), posts, (line) => console.error(line)).then(
    ({ buildDir, dispose }) => {
      if (command.length === 0) {
        console.log(buildDir);
        return;
      }
      const status = runAgainst(buildDir, command);
      dispose();
      process.exit(status);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
