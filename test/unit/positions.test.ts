/**
 * Positions are data, formatted once: a path with spaces, non-ASCII characters or both stays
 * whole in the site's Docusaurus frontmatter hook (src/config/markdown.ts) as in the content
 * engine's messages (tested in packages/content-engine/test/positions.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { markdown } from '../../src/config/markdown';
import { ROOT } from '../helpers/paths';

/** YAML the parser gives up on at line 3, column 8: the quote opened on line 2 never closes. */
const BAD_YAML = '---\ntitle: "Broken \n  title\n---\n\nBody.\n';
const REASON = 'invalid YAML: Missing closing "quote';

const FOLDERS = ['My Drive', 'Über uns', 'Мой диск 2'];
const NAMES = ['bad yaml.md', 'naïve story.md', 'été à Zürich.md'];

describe('the Docusaurus frontmatter hook', () => {
  it.each(FOLDERS.map((folder, i) => `blog/${folder}/${NAMES[i]}`))('names %s whole', async (path) => {
    const parse = markdown.parseFrontMatter!;
    await expect(
      parse({
        filePath: join(ROOT, path),
        fileContent: BAD_YAML,
        defaultParseFrontMatter: async () => {
          throw new Error('the default parser must not be used');
        },
      }),
    ).rejects.toThrow(new RegExp(`^${path.replace('.', '\\.')}:3:8 ${REASON}.* \\(frontmatter-syntax\\)$`));
  });
});
