/**
 * The site keeps working as authors add content: in a copy of the site, `npm run new` and an
 * import of stories from other blogs (a Jekyll post, an MDX post from another Docusaurus site),
 * then the checks, the permalink check and a production build all pass.
 */
import { loadSite, lockFile } from '@sde/content-engine';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite } from '../helpers/site';
import { fixture, ROOT } from '../helpers/paths';
import { parseLock } from '../../packages/content-engine/src/permalinks/core';

/** The site's lock file (site.yml's blog folder and permalinks file). */
const LOCK_FILE = lockFile(loadSite(ROOT));

const site = copySite({ app: true });
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
    expect(result.output).toContain(`recorded /blog/what-the-night-queue-taught-me in ${LOCK_FILE}`);
  });

  it('npm run import brings in a Jekyll post and an MDX post from other blogs', () => {
    const result = npm('import', [
      fixture('import/jekyll/_posts/2014-02-03-liquid-and-old-urls.md'),
      fixture('import/proof/jsx-truncate.mdx'),
    ]);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(site.dir, 'blog/liquid-and-old-urls.md'))).toBe(true);
    expect(existsSync(join(site.dir, 'blog/shadowing-the-night-shift.md'))).toBe(true);
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
    const locked = parseLock(readFileSync(join(site.dir, LOCK_FILE), 'utf8'));
    expect(locked).toEqual(
      expect.arrayContaining([
        '/blog/what-the-night-queue-taught-me',
        '/blog/liquid-and-old-urls',
        '/stories/liquid-and-old-urls/',
        '/blog/shadowing-the-night-shift',
      ]),
    );
  });

  it('npm run build passes and publishes all three', () => {
    const result = npm('build', [], 420_000);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    for (const slug of ['what-the-night-queue-taught-me', 'liquid-and-old-urls', 'shadowing-the-night-shift']) {
      expect(existsSync(join(site.dir, 'build/blog', `${slug}.html`)), slug).toBe(true);
    }
  }, 480_000);
});
