/** The import command as a person runs it: exit codes, messages, and what it leaves on disk. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePost, validatePostFrontMatter } from '../src';
import { copyFixtureSite, fingerprint, fixture, fixtureSiteData, runImport, sdeContent, tempDir } from './helpers';

const JS_MARKER = join(tmpdir(), 'sde-js-frontmatter-ran');

/** The fixture site's registries, which imported posts must use. */
const site = fixtureSiteData();

/** A throwaway copy of the fixture site to import into. */
const tempSite = () => copyFixtureSite().dir;

/** `sde-content import` in this process, run from `cwd`: by default a throwaway copy of the fixture site. */
const run = (argv: string[], cwd = tempSite()) => runImport(argv, cwd);

/** Run the real command against a throwaway site; return the result and whether blog/ changed. */
function importInto(siteDir: string, args: string[]) {
  const before = fingerprint(siteDir);
  const result = sdeContent('import', [...args, '--site', siteDir]);
  return { ...result, changed: JSON.stringify(fingerprint(siteDir)) !== JSON.stringify(before) };
}

describe('refusals exit 1 with one clear message and change nothing', () => {
  it('refuses ---js frontmatter without running it', () => {
    rmSync(JS_MARKER, { force: true });
    const siteDir = tempSite();
    const result = importInto(siteDir, [fixture('import/refuse/js-frontmatter.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /js-frontmatter\.md:1:4 {2}error {2}refused: frontmatter language "js" is not allowed.* {2}\(frontmatter-language\)$/m,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.changed).toBe(false);
    expect(existsSync(JS_MARKER)).toBe(false);
  });

  it('refuses a binary file', () => {
    const siteDir = tempSite();
    const result = importInto(siteDir, [fixture('import/refuse/binary.png'), '--author', 'unknown']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/binary\.png:1:\d+ {2}error {2}refused: the file is not valid UTF-8/);
    expect(result.stdout).toBe('');
    expect(result.changed).toBe(false);
  });

  it('refuses to import onto an existing post, leaving it untouched', () => {
    const siteDir = tempSite();
    const existing = readFileSync(join(siteDir, 'blog/biggest-achievement.md'));
    const result = importInto(siteDir, [
      fixture('import/docusaurus/display-name-author.md'),
      '--slug',
      'biggest-achievement',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'biggest-achievement.md already exists and came from another source: pass --slug <slug> to import under another name',
    );
    expect(result.changed).toBe(false);
    expect(readFileSync(join(siteDir, 'blog/biggest-achievement.md'))).toEqual(existing);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, `Title\n\n${'story '.repeat(200_000)}`);
    const siteDir = tempSite();
    const before = fingerprint(siteDir);
    const result = await run([big, '--site', siteDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/big\.txt:1:1 {2}error {2}refused: the file is \d+ bytes, over the limit of 1048576/);
    expect(fingerprint(siteDir)).toEqual(before);
  });

  it('writes nothing when one input of several fails', async () => {
    const siteDir = tempSite();
    const before = fingerprint(siteDir);
    const result = await run([
      fixture('import/docusaurus/display-name-author.md'),
      fixture('import/jekyll/unconvertible-liquid.md'),
      '--site',
      siteDir,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 problem: nothing was written');
    expect(fingerprint(siteDir)).toEqual(before);
  });

  it('names the missing options instead of guessing', async () => {
    const result = await run([fixture('import/text/no-tags-line.txt'), '--out', tempDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no date; pass --date/);
    expect(result.stderr).toMatch(/no author; pass --author/);
    expect(result.stderr).toMatch(/no tags; pass --tags/);
  });
});

describe('imports that succeed', () => {
  it('writes nothing from a batch in which one input still needs an option', () => {
    const siteDir = tempSite();
    const result = importInto(siteDir, [
      fixture('import/jekyll/_posts/2014-02-03-liquid-and-old-urls.md'),
      fixture('import/text/bom-crlf-tags.txt'),
      '--author',
      'jelena-barinova',
    ]);
    expect(result.stderr).toMatch(/^.*bom-crlf-tags\.txt:1:1 {2}error {2}no date; pass --date/);
    expect(result.code).toBe(1);
    expect(result.changed).toBe(false);
  });

  it('writes a Jekyll post that keeps its old URLs and a plain-text post with its tags, both valid', () => {
    const siteDir = tempSite();
    const jekyll = importInto(siteDir, [fixture('import/jekyll/_posts/2014-02-03-liquid-and-old-urls.md')]);
    expect(jekyll.code).toBe(0);
    expect(jekyll.stdout).toMatch(/wrote .*liquid-and-old-urls\.md/);
    const text = importInto(siteDir, [
      fixture('import/text/bom-crlf-tags.txt'),
      '--author',
      'akecskes',
      '--date',
      '2020-02-02',
    ]);
    expect(text.code).toBe(0);
    const read = (name: string) => {
      const result = validatePostFrontMatter(parsePost(name, readFileSync(join(siteDir, 'blog', name), 'utf8')));
      expect(result.issues).toEqual([]);
      if (!result.ok) throw new Error(`${name} is invalid`);
      for (const tag of result.value.tags) expect(Object.keys(site.tags)).toContain(tag);
      for (const author of result.value.authors) expect(Object.keys(site.authors)).toContain(author);
      return result.value;
    };
    const old = read('liquid-and-old-urls.md');
    expect(old.aliases).toContain('/stories/liquid-and-old-urls/');
    expect(old.aliases).toContain('/2014/liquid.html');
    expect(old.aliases).toContain('/know-how/customer%20service/2014/02/03/liquid-and-old-urls.html');
    expect(read('what-the-night-shift-taught-me.md').tags).toEqual(['career', 'customer-service']);
  });

  it('recognises a source imported twice and does not duplicate it', async () => {
    const siteDir = tempSite();
    const args = [fixture('import/text/bom-crlf-tags.txt'), '--author', 'akecskes', '--date', '2020-02-02'];
    expect((await run([...args, '--site', siteDir])).code).toBe(0);
    const after = fingerprint(siteDir);
    const again = await run([...args, '--slug', 'another-name', '--site', siteDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already imported as .*what-the-night-shift-taught-me\.md, not imported again/);
    expect(fingerprint(siteDir)).toEqual(after);
  });

  it('--dry-run prints the post and writes nothing', async () => {
    const out = tempDir();
    const result = await run([fixture('import/docusaurus/double-encoded.md'), '--dry-run', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('title: Encoded twice');
    expect(result.stdout).toContain('dry run: 1 post would be written');
    expect(readdirSync(out)).toEqual([]);
  });

  it('imports every source file of a folder, leaving no temporary files', async () => {
    const out = tempDir();
    const result = await run([fixture('import/jekyll/_posts'), '--out', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['liquid-and-old-urls.md']);
  });
});

describe('usage', () => {
  it('exits 2 on an unknown option, pointing at --help', () => {
    const result = sdeContent('import', ['--colour', 'x.md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--colour'/);
    expect(result.stderr).toContain('Run with --help for the options.');
  });

  it('exits 2 without inputs, and for a missing file', async () => {
    expect((await run([])).code).toBe(2);
    const missing = await run(['does-not-exist.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist.md: no such file or folder');
  });

  it('refuses --slug for more than one input', async () => {
    const result = await run([fixture('import/text'), '--slug', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--slug names one post, but 2 files were given');
  });

  it('documents every option in --help', async () => {
    const { stdout, code } = await run(['--help']);
    expect(code).toBe(0);
    for (const option of ['--author', '--tags', '--date', '--slug', '--dry-run', '--out'])
      expect(stdout).toContain(option);
  });
});
