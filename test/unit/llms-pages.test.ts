/** Which pages get a Markdown copy, at which URL, with which header, from what the plugins loaded. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { collectPages } from '../../src/plugins/llms/pages';

const siteDir = mkdtempSync(join(tmpdir(), 'sde-llms-'));
mkdirSync(join(siteDir, 'docs', 'guide'), { recursive: true });
writeFileSync(
  join(siteDir, 'docs', 'guide', 'index.md'),
  '---\ntitle: Guide\n---\n\n# Guide\n\nSee [a story](../../blog/new.md).\n',
);

const post = (id: string, extra: { draft?: boolean; unlisted?: boolean } = {}) => ({
  id,
  content: `Opening of ${id}.\n\n<!-- truncate -->\n\nRest.\n`,
  metadata: {
    permalink: `/sub/blog/${id}`,
    source: `@site/blog/${id}.md`,
    title: `Title ${id}`,
    description: `About ${id}.`,
    date: new Date('2026-01-02T00:00:00Z'),
    authors: [{ name: 'Ada', key: 'ada' }, { key: 'nameless' }],
    tags: [{ label: 'Career', permalink: '/sub/blog/tags/career' }],
    frontMatter: { draft: extra.draft },
    unlisted: extra.unlisted ?? false,
  },
});

const blog = {
  blogDescription: 'Stories.',
  blogPosts: [post('new'), post('secret', { unlisted: true }), post('wip', { draft: true })],
  blogTags: {
    '/sub/blog/tags/career': {
      label: 'Career',
      permalink: '/sub/blog/tags/career',
      description: 'Working lives.',
      items: ['new', 'secret'],
      unlisted: false,
    },
  },
} as unknown as BlogContent;

const docs = {
  loadedVersions: [
    {
      sidebars: {},
      docs: [
        {
          id: 'guide/index',
          title: 'Guide',
          description: 'How to.',
          source: '@site/docs/guide/index.md',
          permalink: '/sub/docs/guide/',
          tags: [],
          unlisted: false,
          lastUpdatedAt: Date.UTC(2026, 2, 4),
        },
      ],
    },
  ],
} as unknown as DocsContent;

const collected = collectPages(blog, docs, {
  siteDir,
  siteRoot: 'https://example.org/sub/',
  trailingSlash: false,
});
const { stories, docs: docPages, tags } = collected;

describe('the pages with a Markdown copy', () => {
  it('are every story but drafts; an unlisted story has its copy but is not listed', () => {
    expect(stories.map((story) => [story.permalink, story.listed])).toEqual([
      ['/sub/blog/new', true],
      ['/sub/blog/secret', false],
    ]);
  });

  it('give a story its author names, date and tag labels, and its body without the marker', () => {
    const [story] = stories;
    expect(story!.facts).toEqual([
      ['Authors', 'Ada, nameless'],
      ['Date', '2026-01-02'],
      ['Tags', 'Career'],
    ]);
    expect(story!.url).toBe('https://example.org/sub/blog/new');
    expect(story!.copyUrl).toBe('https://example.org/sub/blog/new.md');
    expect(story!.body).toBe('Opening of new.\n\nRest.\n');
  });

  it('publish a docs page at its URL without the trailing slash, its title once, links to other pages absolute', () => {
    const [doc] = docPages;
    expect(doc!.url).toBe('https://example.org/sub/docs/guide');
    expect(doc!.copyUrl).toBe('https://example.org/sub/docs/guide.md');
    expect(doc!.facts).toEqual([['Last updated', '2026-03-04']]);
    expect(doc!.body).toBe('See [a story](https://example.org/sub/blog/new).\n');
  });

  it('list a tag’s listed stories, linking their copies', () => {
    expect(tags.map((tag) => [tag.copyUrl, tag.facts, tag.body])).toEqual([
      [
        'https://example.org/sub/blog/tags/career.md',
        [['Stories', '1']],
        'Working lives.\n\n- [Title new](https://example.org/sub/blog/new.md): About new.\n',
      ],
    ]);
  });
});
