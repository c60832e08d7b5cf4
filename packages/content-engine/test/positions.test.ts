/**
 * Positions are data, formatted once: a path with spaces, non-ASCII characters or both stays
 * whole in every message of the checks and the importer. (A site that formats them too, in its
 * generator's frontmatter hook, tests that itself.)
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadSite, parsePost } from '../src';
import { checkSite, formatGithub, formatText } from '../src/check';
import { copyFixtureSite, fingerprint, runImport as run, tempDir } from './helpers';

/** A throwaway copy of the fixture site. */
const tempSite = () => copyFixtureSite().dir;

/** YAML the parser gives up on at line 3, column 8: the quote opened on line 2 never closes. */
const BAD_YAML = '---\ntitle: "Broken \n  title\n---\n\nBody.\n';
const REASON = 'invalid YAML: Missing closing "quote';

const FOLDERS = ['My Drive', 'Über uns', 'Мой диск 2'];
const NAMES = ['bad yaml.md', 'naïve story.md', 'été à Zürich.md'];

describe('ContentError keeps its parts as data', () => {
  it.each(FOLDERS.map((folder, i) => `${folder}/${NAMES[i]}`))('%s', (path) => {
    let caught: unknown;
    try {
      parsePost(path, BAD_YAML);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    expect(caught).toMatchObject({ file: path, line: 3, column: 8, reason: expect.stringContaining(REASON) });
    expect((caught as ContentError).message).toBe(`${path}:3:8 ${(caught as ContentError).reason}`);
  });
});

describe('the checks', () => {
  it('name a file in a folder with spaces and accents whole, in text and GitHub output', () => {
    const site = tempSite();
    const path = 'blog/My Drive/été à Zürich.md';
    mkdirSync(join(site, 'blog/My Drive'));
    writeFileSync(join(site, path), BAD_YAML);
    const result = checkSite(loadSite(site));
    const finding = result.findings.find((f) => f.file === path);
    expect(finding).toMatchObject({ line: 3, column: 8, rule: 'frontmatter-syntax' });
    expect(finding!.message).toMatch(new RegExp(`^${REASON}`));
    expect(formatText(result).split('\n')).toContain(`${path}:3:8  error  ${finding!.message}  (frontmatter-syntax)`);
    expect(formatGithub(result)).toContain(`::error file=blog/My Drive/été à Zürich.md,line=3,col=8,`);
  });
});

describe('the importer', () => {
  it.each(FOLDERS.map((folder, i) => [folder, NAMES[i]!]))('names %s/%s whole', async (folder, name) => {
    const cwd = tempDir();
    mkdirSync(join(cwd, folder));
    writeFileSync(join(cwd, folder, name), BAD_YAML);
    const site = tempSite();
    const before = fingerprint(site);
    const result = await run([`${folder}/${name}`, '--site', site], cwd);
    expect(result.code).toBe(1);
    const [line] = result.stderr.split('\n');
    expect(line).toMatch(new RegExp(`^${folder}/${name.replace('.', '\\.')}:3:8 {2}error {2}refused: ${REASON}`));
    expect(line).toMatch(/ {2}\(frontmatter-syntax\)$/);
    expect(fingerprint(site)).toEqual(before);
  });
});
