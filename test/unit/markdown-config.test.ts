/**
 * The site's Markdown config (src/config/markdown.ts): Docusaurus parses frontmatter through the
 * content engine's safe parser, so frontmatter that is code is refused there too, and never runs.
 * The parser itself is tested in packages/content-engine/test/content-model.test.ts.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { loadSite, postFile } from '@sde/content-engine';
import { markdown } from '../../src/config/markdown';
import { ROOT, fixture } from '../helpers/paths';

/**
 * The file the fixture's payload writes when it runs, renamed for this test file: tests in other
 * files run the same payload at the same time, and must not see each other's marker.
 */
const MARKER_NAME = `sde-js-frontmatter-ran-site-${process.pid}`;
const MARKER = join(tmpdir(), MARKER_NAME);
const payload = (path: string) => readFileSync(path, 'utf8').replace("'sde-js-frontmatter-ran'", `'${MARKER_NAME}'`);

describe('the Docusaurus parseFrontMatter hook refuses frontmatter that is code', () => {
  const text = payload(fixture('content-model/js-frontmatter.md'));
  const post = postFile(loadSite(ROOT), 'evil');
  beforeEach(() => rmSync(MARKER, { force: true }));

  it('the fixture payload is live: stock gray-matter runs it', () => {
    // Proves the next test could fail: the same text does run code through gray-matter's defaults.
    matter(text);
    expect(existsSync(MARKER)).toBe(true);
    rmSync(MARKER, { force: true });
  });

  it('refuses it in the Docusaurus parseFrontMatter hook', async () => {
    const parse = markdown.parseFrontMatter!;
    await expect(
      parse({
        filePath: join(ROOT, post),
        fileContent: text,
        defaultParseFrontMatter: async () => {
          throw new Error('the default parser must not be used');
        },
      }),
    ).rejects.toThrow(new RegExp(`${post.replace(/[.]/g, '\\.')}:1:4 .*not allowed`));
    expect(existsSync(MARKER)).toBe(false);
  });
});
