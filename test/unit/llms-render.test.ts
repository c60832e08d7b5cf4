/** The text of /llms.txt, /llms-full.txt and a page's Markdown copy. */
import { describe, expect, it } from 'vitest';
import { renderCopy, renderLlmsFull, renderLlmsTxt, type CopyPage } from '../../src/plugins/llms/render';
import { markdownCopyUrl } from '../../src/lib/markdown-copy';

const page = (slug: string, extra: Partial<CopyPage> = {}): CopyPage => ({
  kind: 'story',
  permalink: `/blog/${slug}`,
  url: `https://example.org/blog/${slug}`,
  copyUrl: `https://example.org${markdownCopyUrl(`/blog/${slug}`)}`,
  title: `Story ${slug}`,
  description: `About ${slug}.`,
  facts: [
    ['Author', 'Ada'],
    ['Date', '2026-01-02'],
  ],
  body: `Body of ${slug}.\n`,
  listed: true,
  ...extra,
});

const site = { title: 'The Site', summary: 'What it is.', fullUrl: 'https://example.org/llms-full.txt' };

describe('a Markdown copy', () => {
  it('is the title, the facts with the canonical URL last, then the body', () => {
    expect(renderCopy(page('a'))).toBe(
      '# Story a\n\n- Author: Ada\n- Date: 2026-01-02\n- Canonical URL: https://example.org/blog/a\n\nBody of a.\n',
    );
  });

  it('lives at the page URL plus .md, without a trailing slash', () => {
    expect(markdownCopyUrl('/blog/a')).toBe('/blog/a.md');
    expect(markdownCopyUrl('/docs/authoring/')).toBe('/docs/authoring.md');
  });
});

describe('llms.txt', () => {
  const text = renderLlmsTxt(site, [
    {
      title: 'Stories',
      pages: [page('new', { description: 'Two\n  lines.' }), page('hidden', { listed: false }), page('old')],
    },
    { title: 'Tags', pages: [] },
    { title: 'Guide', pages: [page('odd', { title: 'A [bracketed] title' })] },
  ]);
  const lines = text.split('\n');

  it('opens with the H1 title and a blockquote summary (llmstxt.org)', () => {
    expect(lines[0]).toBe('# The Site');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('> What it is.');
  });

  it('lists each section in order, each link with its one-line description, and leaves out empty sections', () => {
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Stories', '## Guide']);
    expect(lines).toContain('- [Story new](https://example.org/blog/new.md): Two lines.');
    expect(text.indexOf('Story new')).toBeLessThan(text.indexOf('Story old'));
  });

  it('leaves out unlisted pages, and escapes brackets in link text', () => {
    expect(text).not.toContain('hidden');
    expect(lines).toContain('- [A \\[bracketed\\] title](https://example.org/blog/odd.md): About odd.');
  });
});

describe('llms-full.txt', () => {
  it('holds the copy of every listed story in the order given', () => {
    const full = renderLlmsFull(site, [page('new'), page('hidden', { listed: false }), page('old')]);
    expect(full.startsWith('# The Site\n\n> What it is.\n')).toBe(true);
    expect(full).toContain(renderCopy(page('new')));
    expect(full).toContain(renderCopy(page('old')));
    expect(full.indexOf(renderCopy(page('new')))).toBeLessThan(full.indexOf(renderCopy(page('old'))));
    expect(full).not.toContain('hidden');
  });
});
