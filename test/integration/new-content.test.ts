/**
 * The site keeps working as authors add content: in a copy of the site (the seed stories as its
 * posts, whatever blog/ holds), `npm run new` and an import of stories from other blogs (a Jekyll
 * post, an MDX post from another Docusaurus site), then the checks, the permalink check and a
 * production build all pass.
 */
import { loadSite, lockFile, postFile, postRoute, type Site } from '@sde/content-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite } from '../helpers/site';
import { fixture } from '../helpers/paths';
import { parseLock } from '@sde/content-engine/permalinks';

/** The posts the test adds: one written with `npm run new`, two imported. */
const NEW = 'what-the-night-queue-taught-me';
const JEKYLL = 'liquid-and-old-urls';
const MDX = 'shadowing-the-night-shift';

let site: ReturnType<typeof copySite>;
/** The copy's manifest: its lock file, post files and routes. */
let layout: Site;
beforeAll(() => {
  site = copySite({ app: true, posts: 'seeds' });
  layout = loadSite(site.dir);
});
afterAll(() => site.dispose());

function npm(script: string, args: string[] = [], timeout = 120_000) {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: site.dir,
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a site with a new post and imported stories', () => {
  it('npm run new creates a post and records its URL', () => {
    const result = npm('new', ['What the night queue taught me', '--author', 'akecskes', '--tags', 'career']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`recorded ${postRoute(layout, NEW)} in ${lockFile(layout)}`);
  });

  it('npm run import brings in a Jekyll post and an MDX post from other blogs', () => {
    const result = npm('import', [
      fixture('import/jekyll/_posts/2014-02-03-liquid-and-old-urls.md'),
      fixture('import/proof/jsx-truncate.mdx'),
    ]);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(site.dir, postFile(layout, JEKYLL)))).toBe(true);
    expect(existsSync(join(site.dir, postFile(layout, MDX)))).toBe(true);
  });

  it('npm run check passes', () => {
    const result = npm('check');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/^0 errors, \d+ warnings? in \d+ files? \(\d+ files checked\)$/m);
  });

  it('npm run check:permalinks passes, with every new URL already locked', () => {
    const result = npm('check:permalinks');
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('not yet locked');
    const locked = parseLock(readFileSync(join(site.dir, lockFile(layout)), 'utf8'));
    expect(locked).toEqual(
      expect.arrayContaining([
        postRoute(layout, NEW),
        postRoute(layout, JEKYLL),
        // The Jekyll post's own permalink, kept as an alias.
        '/stories/liquid-and-old-urls/',
        postRoute(layout, MDX),
      ]),
    );
  });

  it('npm run build passes and publishes all three', () => {
    const result = npm('build', [], 420_000);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    for (const slug of [NEW, JEKYLL, MDX]) {
      expect(existsSync(join(site.dir, 'build', `${postRoute(layout, slug)}.html`)), slug).toBe(true);
    }
  }, 480_000);
});
