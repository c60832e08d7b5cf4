/** Markdown settings: CommonMark for .md, MDX only for .mdx, and the safe frontmatter parser. */
import type { MarkdownConfig } from '@docusaurus/types';
import { relative } from 'node:path';
import { parsePost, ContentError } from '@sde/content-engine';
import { formatLocated } from '@sde/content-engine';

export const markdown: Partial<MarkdownConfig> = {
  format: 'detect',
  // Replaces Docusaurus's own gray-matter call, which would evaluate ---js frontmatter.
  parseFrontMatter: async ({ filePath, fileContent }) => {
    try {
      const { data, content } = parsePost(filePath, fileContent);
      return { frontMatter: data, content };
    } catch (error) {
      if (error instanceof ContentError) {
        const { line, column, reason, rule } = error;
        throw new Error(
          formatLocated({ file: relative(process.cwd(), error.file), line, column, message: `${reason} (${rule})` }),
        );
      }
      throw error;
    }
  },
  hooks: {
    onBrokenMarkdownLinks: 'throw',
    onBrokenMarkdownImages: 'throw',
  },
};
