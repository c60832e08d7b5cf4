/**
 * Hostile Markdown through Docusaurus's own Markdown compiler, configured as the site is: a `.md`
 * post is CommonMark, so MDX syntax in it stays text, and a link that opens a new tab leaves with
 * rel="noopener noreferrer" even when the author wrote another rel.
 */
import { describe, expect, it } from 'vitest';
import { createProcessorUncached } from '@docusaurus/mdx-loader/lib/processor';
import { getFormat } from '@docusaurus/mdx-loader/lib/format';
import type { MarkdownConfig } from '@docusaurus/types';
import { markdown } from '../../src/config/markdown';
import rehypeSafeLinks from '../../src/config/rehype-safe-links';
import { blogOptions } from '../../src/config/blog';
import { site } from '../../src/config/site';
import { record } from './measure';

const POST = [
  'Braces are text here: {process.exit(1)}',
  '',
  'export const stolen = process.env;',
  '',
  '<a href="https://example.com/" target="_blank" rel="opener">raw HTML link</a>',
  '',
  '[a Markdown link](https://example.org/)',
  '',
].join('\n');

async function compile(filePath: string, rehypePlugins: unknown[]): Promise<string> {
  const markdownConfig = {
    ...markdown,
    mdx1Compat: { comments: true, admonitions: true, headingIds: true },
    anchors: { maintainCase: false },
    emoji: true,
  } as MarkdownConfig;
  const format = getFormat({ filePath, frontMatterFormat: undefined, markdownConfigFormat: markdownConfig.format });
  const processor = await createProcessorUncached({
    options: { markdownConfig, rehypePlugins, admonitions: true, siteDir: '/site', staticDirs: [] } as never,
    format,
  });
  const start = performance.now();
  const result = await processor.process({ content: POST, filePath, frontMatter: {}, compilerName: 'server' });
  record(`markdown: ${filePath}`, 'docusaurus markdown', false, performance.now() - start);
  return result.content;
}

describe('a .md post in the Docusaurus Markdown compiler', () => {
  it('uses the site rehype plugin for the blog', () => {
    expect(blogOptions(site).rehypePlugins).toContain(rehypeSafeLinks);
  });

  it('keeps MDX expressions and export lines as text', async () => {
    const code = await compile('/site/blog/post.md', [rehypeSafeLinks]);
    expect(code).toContain('"Braces are text here: {process.exit(1)}"');
    expect(code).toContain('"export const stolen = process.env;"');
    expect(code).not.toMatch(/^export const stolen/m);
  });

  it('gives a raw HTML link that opens a new tab rel="noopener noreferrer", replacing rel="opener"', async () => {
    const code = await compile('/site/blog/post.md', [rehypeSafeLinks]);
    expect(code).toMatch(/href: "https:\/\/example\.com\/",\s+target: "_blank",\s+rel: "noopener noreferrer"/);
    // Without the plugin the author's rel would reach the page: the plugin is what fixes it.
    const unguarded = await compile('/site/blog/post.md', []);
    expect(unguarded).toMatch(/rel: "opener"/);
  });
});
