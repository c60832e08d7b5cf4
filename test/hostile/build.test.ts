/**
 * Hostile inputs and the build. Docusaurus reads every post's frontmatter through
 * markdown.parseFrontMatter, so each input goes through that function in-process; then one real
 * `npm run build` over a site copy holding the whole corpus must stop with findings, not a stack
 * trace, and write nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { markdown } from '../../src/config/markdown';
import { copySite } from '../helpers/site';
import { CORPUS } from './corpus';
import { CASE_TIME_LIMIT_MS, STACK_TRACE, record } from './measure';
import { placeCase, placeSpecials } from './site';

const MARKER = join(tmpdir(), 'sde-hostile-ran');
/** Rules the frontmatter parser itself raises; every other problem is the checks' to find. */
const PARSER_RULES = ['frontmatter-syntax', 'frontmatter-language', 'file-too-large', 'line-endings'];

describe.each(CORPUS)('Docusaurus frontmatter: $name', (c) => {
  const refuses = PARSER_RULES.includes(c.check);
  it(
    refuses ? `refuses it (${c.check}) with the file, line and column` : 'reads it as data, evaluating nothing',
    async () => {
      const filePath = join('/site/blog', `${c.name}.md`);
      // As Docusaurus reads a file: decoded as UTF-8, replacing what does not decode.
      const fileContent = c.bytes().toString('utf8');
      const start = performance.now();
      let outcome: { frontMatter: Record<string, unknown> } | Error;
      try {
        outcome = await markdown.parseFrontMatter!({
          filePath,
          fileContent,
          defaultParseFrontMatter: () => {
            throw new Error('the default parser, which evaluates ---js, must never be called');
          },
        });
      } catch (error) {
        outcome = error as Error;
      }
      const ms = performance.now() - start;
      record(c.name, 'docusaurus frontmatter', outcome instanceof Error, ms);
      expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS);
      expect(existsSync(MARKER)).toBe(false);
      if (refuses) {
        expect(outcome).toBeInstanceOf(Error);
        const message = (outcome as Error).message;
        expect(message).toMatch(new RegExp(`${c.name}\\.md:\\d+:\\d+ .+ \\(${c.check}\\)$`));
        expect(message).not.toMatch(STACK_TRACE);
      } else {
        expect(outcome).not.toBeInstanceOf(Error);
        expect(typeof (outcome as { frontMatter: unknown }).frontMatter).toBe('object');
      }
    },
  );
});

/** sha256 of every file in the copy, leaving out the shared node_modules link and git's own files. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile())
        out[relative(dir, child)] = createHash('sha256').update(readFileSync(child)).digest('hex');
      else out[relative(dir, child)] = 'link';
    }
  };
  walk(dir);
  return out;
}

describe('npm run build over a site holding the whole corpus', () => {
  const site = copySite({ app: true, posts: 'seeds' });
  afterAll(() => site.dispose());

  it('stops with a finding for every bad post, prints no stack trace, and writes nothing', () => {
    for (const c of CORPUS) placeCase(site.dir, c);
    placeSpecials(site.dir);
    const before = snapshot(site.dir);
    const start = performance.now();
    const result = spawnSync('npm', ['run', 'build'], { cwd: site.dir, encoding: 'utf8', timeout: 240_000 });
    record('npm run build over the corpus', 'build', result.status !== 0, performance.now() - start, true);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).not.toMatch(STACK_TRACE);
    for (const c of CORPUS.filter((c) => c.check !== 'accepted')) {
      expect(output).toMatch(new RegExp(`^blog/${c.name}\\.md:\\d+:\\d+ {2}error {2}.*\\(${c.check}\\)$`, 'm'));
    }
    expect(output).toMatch(/^blog\/symlink-to-outside\.md:1:1 {2}error/m);
    expect(existsSync(join(site.dir, 'build'))).toBe(false);
    expect(existsSync(join(site.dir, '.docusaurus'))).toBe(false);
    expect(snapshot(site.dir)).toEqual(before);
    expect(existsSync(MARKER)).toBe(false);
  }, 240_000);
});
