/** Permalinks: the lock of published URLs, alias redirects, and `sde-content permalinks` on a site. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  collectRedirects,
  diffLock,
  exactHtmlAliases,
  formatLock,
  formatRedirectsFile,
  parseLock,
  publishedUrls,
  redirectPageHtml,
  RedirectConflict,
} from '../src/permalinks';
import { main as permalinks } from '../src/cli/permalinks';
import { processIo, runCommand } from '../src/cli';
import { MANIFEST_FILE, resolveSite } from '../src';
import { copyFixtureSite, fixture } from './helpers';

/** `npm run check:permalinks` in `dir`, its output and errors going to `log` and `error`. */
const run = (dir: string, args: string[], log: (line: string) => void, error: (line: string) => void) =>
  runCommand(permalinks, args, { ...processIo(), cwd: dir, out: log, err: error });

/** A site with the default layout: posts at /blog/<slug>. */
const SITE = resolveSite(tmpdir(), { title: 'Test' });
const LOCK_FILE = 'blog/permalinks.lock';
const jekyll = '/know-how/2013/05/31/week-in-support.html';
const posts = [
  { slug: 'week-in-support', aliases: [jekyll] },
  { slug: 'however-long-it-takes' },
  { slug: 'not-yet', draft: true, aliases: ['/drafts/not-yet'] },
];

describe('permalink lock', () => {
  it('lists published post URLs, not drafts', () => {
    expect(publishedUrls(SITE, posts)).toEqual(['/blog/however-long-it-takes', '/blog/week-in-support']);
  });

  it('round-trips through its text form, ignoring comments and blank lines', () => {
    const text = formatLock(['/blog/b', '/blog/a', '/blog/a']);
    expect(text.startsWith('#')).toBe(true);
    expect(parseLock(text + '\n\n# note\n')).toEqual(['/blog/a', '/blog/b']);
  });

  it('accepts an unchanged site', () => {
    const locked = publishedUrls(SITE, posts);
    expect(diffLock(SITE, locked, posts)).toEqual({ broken: [], redirected: [], added: [jekyll] });
  });

  it('names a locked URL whose post changed slug without an alias', () => {
    const renamed = [{ slug: 'a-week-in-support', aliases: [jekyll] }, posts[1]!];
    const diff = diffLock(SITE, ['/blog/week-in-support', '/blog/however-long-it-takes', jekyll], renamed);
    expect(diff.broken).toEqual(['/blog/week-in-support']);
    expect(diff.added).toEqual(['/blog/a-week-in-support']);
  });

  it('counts an alias in any post as keeping the URL alive', () => {
    const renamed = [{ slug: 'a-week-in-support', aliases: [jekyll, '/blog/week-in-support'] }, posts[1]!];
    const diff = diffLock(SITE, ['/blog/week-in-support', jekyll], renamed);
    expect(diff.broken).toEqual([]);
    expect(diff.redirected).toEqual([
      { from: '/blog/week-in-support', to: '/blog/a-week-in-support' },
      { from: jekyll, to: '/blog/a-week-in-support' },
    ]);
  });
});

describe('redirects', () => {
  it('come from the aliases of published posts', () => {
    expect(collectRedirects(SITE, posts)).toEqual([{ from: jekyll, to: '/blog/week-in-support' }]);
  });

  it('refuse an alias that is a live post URL or claimed twice', () => {
    expect(() => collectRedirects(SITE, [{ slug: 'a', aliases: ['/blog/b'] }, { slug: 'b' }])).toThrow(
      RedirectConflict,
    );
    expect(() =>
      collectRedirects(SITE, [
        { slug: 'a', aliases: ['/old'] },
        { slug: 'b', aliases: ['/old'] },
      ]),
    ).toThrow(/claimed by both/);
  });

  it('are written as 301 rules, under the base URL', () => {
    const redirects = collectRedirects(SITE, posts);
    expect(formatRedirectsFile(redirects).split('\n').slice(1)).toEqual([`${jekyll} /blog/week-in-support 301`, '']);
    expect(formatRedirectsFile(redirects, '/site/')).toContain(`/site${jekyll} /site/blog/week-in-support 301`);
  });

  it('give .html aliases a page of their own, with no script and escaped targets', () => {
    expect(exactHtmlAliases([...collectRedirects(SITE, posts), { from: '/x', to: '/blog/x' }])).toHaveLength(1);
    const html = redirectPageHtml('/blog/a"b', 'https://example.org/blog/a"b');
    expect(html).toContain('url=/blog/a&quot;b');
    expect(html).not.toContain('<script');
  });
});

describe('check:permalinks on a copy of the fixture site', () => {
  const quiet = () => {
    const lines: string[] = [];
    return { lines, log: (line: string) => lines.push(line) };
  };

  it('passes on the site as committed', async () => {
    const site = copyFixtureSite();
    const out = quiet();
    expect(await run(site.dir, [], out.log, out.log)).toBe(0);
    expect(out.lines.join('\n')).toMatch(/\d+ locked URLs all answer/);
    site.dispose();
  });

  it('fails naming the URL when a slug changes without an alias, and --update records new ones', async () => {
    const { dir } = copyFixtureSite();
    const file = join(dir, 'blog', 'however-long-it-takes.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('slug: however-long-it-takes', 'slug: as-long-as-it-takes'));
    const out = quiet();
    expect(await run(dir, ['--update'], out.log, out.log)).toBe(1);
    expect(out.lines.join('\n')).toContain('broken permalink: /blog/however-long-it-takes');
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toContain('/blog/as-long-as-it-takes');

    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'slug: as-long-as-it-takes',
        'slug: as-long-as-it-takes\naliases: [/blog/however-long-it-takes]',
      ),
    );
    expect(await run(dir, [], out.log, out.log)).toBe(0);
  });

  it('creates the lock when there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-permalinks-'));
    mkdirSync(join(dir, 'blog'));
    writeFileSync(join(dir, MANIFEST_FILE), 'title: Test\n');
    copyFileSync(fixture('site', 'blog', 'however-long-it-takes.md'), join(dir, 'blog', 'however-long-it-takes.md'));
    const out = quiet();
    expect(await run(dir, ['--update'], out.log, out.log)).toBe(0);
    expect(parseLock(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toEqual(['/blog/however-long-it-takes']);
  });
});
