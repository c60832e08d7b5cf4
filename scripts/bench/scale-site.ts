/**
 * A large blog for the browser suite (scripts/cli/scale-site.ts, `npm run test:e2e:scale`): a copy
 * of the site with its own stories plus synthetic ones, built, and a command run against its build.
 *
 * The suite reads the posts, lock file and build of the site around E2E_BUILD_DIR (test/e2e/site.ts):
 * here the synthetic posts, this checkout's own, which the copy keeps, and one post just made by
 * `npm run new`, as an author would start one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure';
import { blogDir, loadSite, messageWithFix, readAuthors, readTags } from '@sde/content-engine';
import { formatFinding } from '@sde/content-engine/check';
import { planNewPost, today, writeNewPost } from '@sde/content-engine/import';
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
  const request = {
    post: { title: SCAFFOLDED_TITLE, author, tags: [tag!], date: today() },
    site: copy,
    outDir: blogDir(copy),
  };
  const scaffolded = planNewPost(request);
  if (!scaffolded.ok) {
    site.dispose();
    const problems =
      'problems' in scaffolded ? scaffolded.problems.map(messageWithFix) : scaffolded.findings.map(formatFinding);
    throw new Error(`npm run new failed in the copy:\n${problems.join('\n')}`);
  }
  writeNewPost(request, scaffolded);
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
