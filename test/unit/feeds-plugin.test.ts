/**
 * The feeds plugin's parts (src/plugins/feeds): which feeds there are and under which routes,
 * bylines in RSS, the items' dates; the schedule in the blog plugin's terms (src/lib/schedule.ts);
 * and a canary on the blog plugin's feed writer, which the plugin calls once per page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSite } from '@sde/content-engine';
import type { BlogPost, PluginOptions } from '@docusaurus/plugin-content-blog';
import type { DocusaurusConfig } from '@docusaurus/types';
import { createBlogFeedFiles } from '@docusaurus/plugin-content-blog/lib/feed.js';
import { feedsData, planFeeds, type FeedPost } from '../../src/plugins/feeds/plan';
import { withCreators } from '../../src/plugins/feeds/rss';
import { datedItem } from '../../src/plugins/feeds/items';
import { lastUpdatedAt, publishedToday, scheduleOf } from '../../src/lib/schedule';
import { checkRss } from '../helpers/feeds';

/** A site laid out differently from ours: stories under /journal, topics under /journal/topics. */
const SITE = {
  ...resolveSite(tmpdir(), {
    title: 'Test site',
    description: 'A site for tests',
    blog: { routeBasePath: 'journal', tagsBasePath: 'topics', feedSize: 2, feeds: ['rss', 'json'] },
  }),
};
const TAGS = {
  qa: { label: 'QA', permalink: '/qa', description: 'Stories about testing' },
  empty: { label: 'Empty', permalink: '/empty', description: 'A tag no listed story has' },
};
const AUTHORS = {
  ana: { name: 'Ana', page: true as const },
  bo: { name: 'Bo', title: 'Engineer', page: true as const },
};

const post = (slug: string, fm: FeedPost['metadata']['frontMatter'], unlisted = false): FeedPost => ({
  metadata: { permalink: `/journal/${slug}`, unlisted, frontMatter: fm },
});
const POSTS = [
  post('newest', { tags: ['qa'], authors: ['ana'] }),
  post('hidden', { tags: ['qa', 'empty'], authors: ['bo'] }, true),
  post('draft', { tags: ['empty'], authors: ['bo'], draft: true }),
  post('middle', { tags: ['qa'], authors: ['ana', 'bo'] }),
  post('oldest', { tags: ['qa'], authors: ['bo'] }),
];

describe('the feeds plan', () => {
  const sets = planFeeds({ site: SITE, tags: TAGS, authors: AUTHORS, posts: POSTS, baseUrl: '/sub/' });
  const byRoute = Object.fromEntries(sets.map((set) => [set.route, set]));
  const slugs = (route: string) => byRoute[route]!.posts.map((p) => p.metadata.permalink.split('/').pop());

  it('has the blog, each tag and each author with listed stories, under routes from the manifest', () => {
    expect(sets.map((set) => set.route)).toEqual([
      '/journal',
      '/journal/topics/qa',
      '/journal/authors/ana',
      '/journal/authors/bo',
    ]);
    expect(byRoute['/journal/topics/qa']!.links.map((link) => [link.type, link.href, link.mime])).toEqual([
      ['rss', '/sub/journal/topics/qa/rss.xml', 'application/rss+xml'],
      ['json', '/sub/journal/topics/qa/feed.json', 'application/json'],
    ]);
  });

  it('carries the newest feedSize listed stories of each: no drafts, no unlisted stories', () => {
    expect(slugs('/journal')).toEqual(['newest', 'middle']);
    expect(slugs('/journal/topics/qa')).toEqual(['newest', 'middle']);
    expect(slugs('/journal/authors/bo')).toEqual(['middle', 'oldest']);
    expect(slugs('/journal/authors/ana')).toEqual(['newest', 'middle']);
  });

  it('titles each page’s feeds after it, and hands pages their links by route', () => {
    expect(byRoute['/journal/topics/qa']!.title).toBe('Test site: QA');
    expect(byRoute['/journal/authors/bo']!.title).toBe('Test site: stories by Bo');
    expect(byRoute['/journal/authors/bo']!.description).toBe('Stories by Bo, Engineer, on Test site.');
    const data = feedsData(sets, SITE, '/sub/');
    expect(Object.keys(data.pages)).toEqual([
      '/sub/journal/topics/qa',
      '/sub/journal/authors/ana',
      '/sub/journal/authors/bo',
    ]);
    expect(data.pages['/sub/journal/authors/ana']![0]!.title).toBe('Test site: stories by Ana (RSS)');
  });
});

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel>
        <title>T</title>
        <link>https://example.org/journal</link>
        <description>D</description>
        <item>
            <title><![CDATA[One]]></title>
            <link>https://example.org/journal/one?a=1&amp;b=2</link>
            <guid>https://example.org/journal/one?a=1&amp;b=2</guid>
            <pubDate>Tue, 02 Apr 2030 00:00:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>Text about <guid> elements</p>]]></content:encoded>
        </item>
        <item>
            <title><![CDATA[Two]]></title>
            <link>https://example.org/journal/two</link>
            <guid>https://example.org/journal/two</guid>
            <pubDate>Tue, 02 Apr 2030 00:00:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>Two</p>]]></content:encoded>
        </item>
    </channel>
</rss>`;

describe('bylines in RSS', () => {
  const names: Record<string, string[]> = {
    'https://example.org/journal/one?a=1&b=2': ['Ana', 'Bo ]]> & co'],
    'https://example.org/journal/two': ['Bo'],
  };
  const out = withCreators(RSS, (guid) => names[guid]);

  it('gives each item a dc:creator per author, and declares the namespace once', () => {
    expect(out.match(/<dc:creator>/g)).toHaveLength(3);
    expect(out).toContain('<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"');
    expect(withCreators(out, () => []).match(/xmlns:dc=/g)).toHaveLength(1);
    expect(out).toContain('<p>Text about <guid> elements</p>');
  });

  it('stays valid RSS, whatever the names hold', () => {
    expect(checkRss(out).problems).toEqual([]);
    expect(out).toContain('<dc:creator><![CDATA[Bo ]]]]><![CDATA[> & co]]></dc:creator>');
  });
});

describe('dates', () => {
  it('an item is published on the story’s date and updated on its last update, or its date', () => {
    const item = { title: 't', id: 'i', link: 'l', date: new Date(0) };
    const published = new Date('2030-04-02T00:00:00Z');
    const revised = datedItem(item, {
      metadata: { date: published, lastUpdatedAt: Date.parse('2031-04-15') },
    } as BlogPost);
    expect([revised.published, revised.date]).toEqual([published, new Date('2031-04-15')]);
    const plain = datedItem(item, { metadata: { date: published } } as BlogPost);
    expect([plain.published, plain.date]).toEqual([published, published]);
  });

  it('lastUpdatedAt comes from the frontmatter only: a date, a string, or null', () => {
    expect(lastUpdatedAt({ updated: new Date('2031-04-15T00:00:00Z') })).toBe(Date.parse('2031-04-15'));
    expect(lastUpdatedAt({ updated: '2031-04-15' })).toBe(Date.parse('2031-04-15'));
    expect(lastUpdatedAt({})).toBeNull();
  });

  it('a production build leaves out stories dated after now; the dev server marks them', () => {
    const posts = [{ metadata: { date: new Date('2031-06-03') } }, { metadata: { date: new Date('2031-06-01') } }];
    const monday = new Date('2031-06-02');
    const env = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      expect(publishedToday(posts, monday)).toEqual([posts[1]]);
      expect(publishedToday(posts, new Date('2031-06-03'))).toEqual(posts);
      process.env.NODE_ENV = 'development';
      expect(publishedToday(posts, monday)).toEqual(posts);
    } finally {
      process.env.NODE_ENV = env;
    }
    expect(scheduleOf(new Date('2031-06-03'), monday)).toEqual({ scheduledFor: '2031-06-03' });
    expect(scheduleOf(new Date('2031-06-01'), monday)).toEqual({});
  });
});

describe('the blog plugin’s feed writer (canary: the feeds plugin calls it once per page)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sde-feeds-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes a feed set under join(outDir, routeBasePath), linking the page at that route', async () => {
    const blogPost = {
      id: 'one',
      content: '',
      metadata: {
        permalink: '/journal/one',
        title: 'One',
        description: 'The first',
        date: new Date('2030-04-02T00:00:00Z'),
        tags: [],
        authors: [{ name: 'Ana', key: 'ana' }],
        frontMatter: {},
        unlisted: false,
      },
    } as unknown as BlogPost;
    await createBlogFeedFiles({
      blogPosts: [blogPost],
      options: {
        routeBasePath: 'journal/topics/qa',
        feedOptions: {
          type: ['rss'],
          title: 'Feed title',
          limit: 20,
          xslt: { rss: null, atom: null },
          createFeedItems: async () => [
            {
              title: 'One',
              id: 'https://example.org/journal/one',
              link: 'https://example.org/journal/one',
              date: new Date('2030-04-02'),
              content: '<p>x</p>',
            },
          ],
        },
      } as unknown as PluginOptions,
      siteConfig: { url: 'https://example.org', baseUrl: '/', title: 'T', trailingSlash: false } as DocusaurusConfig,
      outDir,
      locale: 'en',
      contentPaths: { contentPath: outDir, contentPathLocalized: outDir },
    });
    const rss = readFileSync(join(outDir, 'journal/topics/qa/rss.xml'), 'utf8');
    expect(rss).toContain('<title>Feed title</title>');
    expect(rss).toContain('<link>https://example.org/journal/topics/qa</link>');
    expect(rss).toContain('<guid>https://example.org/journal/one</guid>');
  });
});
