/**
 * The importer proves its output: before writing, it runs the checks' own file rules on each
 * post, links resolved against the site it writes into (a copy of the fixture site, whose pages
 * include /docs/authoring but no /about). It writes a post `npm run check` passes,
 * or writes nothing and prints every finding at its place in the source, with the fix.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite, lockFile } from '../src';
import { checkSite } from '../src/check';
import { parseLock } from '../src/permalinks';
import { copyFixtureSite, fingerprint, fixture, FIXTURE_SITE, PACKAGE, runImport as run } from './helpers';

/** The fixture site's lock file (its site.yml's blog folder and permalinks file). */
const LOCK_FILE = lockFile(loadSite(FIXTURE_SITE));

/** A throwaway copy of the fixture site to import into. */
const tempSite = () => copyFixtureSite().dir;

const errorsIn = (site: string) => checkSite(loadSite(site)).findings.filter((finding) => finding.severity === 'error');

describe('an .mdx source whose truncate marker is {/* truncate */}', () => {
  const source = fixture('import/proof/jsx-truncate.mdx');

  it('becomes a .md post with <!-- truncate --> where the marker stood, which the checks pass', async () => {
    const site = tempSite();
    const result = await run([source, '--site', site]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'rewrote the truncate marker {/* truncate */} as <!-- truncate -->, the spelling a .md post needs',
    );
    const post = readFileSync(join(site, 'blog/shadowing-the-night-shift.md'), 'utf8');
    expect(post).toContain('after midnight.\n\n<!-- truncate -->\n\nThe notes became');
    expect(post).not.toContain('{/*');
    expect(errorsIn(site)).toEqual([]);
  });
});

describe('a Jekyll post linking to {{ site.baseurl }}/about/, a page this site lacks', () => {
  const source = fixture('import/proof/2015-03-02-about-link.md');
  /** The source as named from the package's folder, where the next test runs the command. */
  const relativeSource = 'test/fixtures/import/proof/2015-03-02-about-link.md';

  it('writes nothing and names the link at its line and column in the source, with the fix', async () => {
    const site = tempSite();
    const before = fingerprint(site);
    const result = await run([source, '--site', site], PACKAGE);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `${relativeSource}:8:45  error  link to /about: no page of the site has that URL; link to a page the site has, ` +
        'or pass --unlink-missing to keep the link text and drop the link  (broken-link)',
      '1 problem: nothing was written',
    ]);
    expect(fingerprint(site)).toEqual(before);
  });

  it('with --unlink-missing keeps the link text, drops the link, reports it, and the checks pass', async () => {
    const site = tempSite();
    const result = await run([source, '--site', site, '--unlink-missing']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'unlinked "about us": the site has no page at /about/, so the text stays without the link',
    );
    const post = readFileSync(join(site, 'blog/about-link.md'), 'utf8');
    expect(post).toContain('you can read about us on the old site');
    // A link to a page the site has stays a link.
    expect(post).toContain('[the authoring guide](/docs/authoring/)');
    expect(errorsIn(site)).toEqual([]);
  });
});

describe('near misses', () => {
  it('suggest the nearest author, tag and page, as the checks do, all in one report', async () => {
    const site = tempSite();
    const result = await run([fixture('import/proof/near-misses.md'), '--site', site]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(
      /near-misses\.md:3:11 {2}error {2}author "akecskez" is not in authors\.yml; did you mean "akecskes"\?/,
    );
    expect(lines[1]).toMatch(
      /near-misses\.md:4:8 {2}error {2}tag "enginering" matches no tag in tags\.yml; did you mean "engineering"\?/,
    );
    expect(lines[2]).toMatch(
      /near-misses\.md:8:21 {2}error {2}link to \/doc\/authoring: no page of the site has that URL; did you mean "\/docs\/authoring"\? Link there, or pass --unlink-missing/,
    );
    expect(lines[3]).toBe('3 problems: nothing was written');
  });
});

describe('posts imported together', () => {
  it('may link to each other: each is part of the site the others are checked against', async () => {
    const site = tempSite();
    const linking = fixture('import/proof/links-to-night-shift.txt');
    const options = ['--author', 'akecskes', '--date', '2023-10-06', '--site', site];
    const alone = await run([linking, ...options]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('link to /blog/shadowing-the-night-shift: no page of the site has that URL');
    const together = await run([fixture('import/proof/jsx-truncate.mdx'), linking, ...options]);
    expect(together.stderr).toBe('');
    expect(together.code).toBe(0);
    expect(errorsIn(site)).toEqual([]);
  });

  it('record their URLs and old URLs in the permalink lock', async () => {
    const site = tempSite();
    expect(
      (await run([fixture('import/proof/2015-03-02-about-link.md'), '--site', site, '--unlink-missing'])).code,
    ).toBe(0);
    const locked = parseLock(readFileSync(join(site, LOCK_FILE), 'utf8'));
    expect(locked).toContain('/blog/about-link');
    expect(locked).toContain('/know-how/2015/03/02/about-link.html');
  });
});

describe('a post that would render wrong: a fence never closed swallows the rest, its links too', () => {
  const relativeSource = 'test/fixtures/import/proof/2016-04-11-open-fence.md';

  it('writes nothing and names the fence in the source, where it opens, with the fix', async () => {
    const site = tempSite();
    const before = fingerprint(site);
    const result = await run([fixture('import/proof/2016-04-11-open-fence.md'), '--site', site], PACKAGE);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^${relativeSource}:10:1 {2}error {2}this code block is never closed: .*add a line \`\`\` .*\\(unclosed-block\\)$`,
      ),
    );
    expect(lines.at(-1)).toMatch(/nothing was written/);
    expect(fingerprint(site)).toEqual(before);
  });
});
