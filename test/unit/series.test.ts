/**
 * What the site makes of a series, without a build: each part's box and neighbours, the series
 * pages, the JSON-LD, the card's line and the Markdown copies for llms.txt. Fixture posts from
 * test/fixtures/series/ (never blog/), put into a copy of the site whose blog holds the seeds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import { groupBySeries, loadPosts, loadSite, placeOf, readSeries, type SeriesFile } from '@sde/content-engine';
import { checkSite } from '@sde/content-engine/check';
import { makeCorpus } from '../../scripts/bench/corpus';
import { seriesOfPosts, seriesLine, type SeriesMemberPost } from '../../src/lib/series';
import { withSeries } from '../../src/lib/series-json-ld';
import { seriesPages } from '../../src/plugins/series';
import { seriesCopies } from '../../src/plugins/llms/series';
import { postCards } from '../../src/plugins/og-image';
import { cardTree } from '../../src/plugins/og-image/render';
import type { CopyPage } from '../../src/plugins/llms/render';
import { copySite } from '../helpers/site';
import { fixture, ROOT } from '../helpers/paths';

const VOCABULARY: SeriesFile = {
  year: { title: 'My first year', description: 'A first year in support, in parts.' },
};

const post = (slug: string, series?: string, part?: number, unlisted = false): SeriesMemberPost => ({
  permalink: `/blog/${slug}`,
  title: `Title ${slug}`,
  frontMatter: { ...(series ? { series } : {}), ...(part ? { part } : {}) },
  unlisted,
});

describe("each part's series", () => {
  const posts = [
    post('three', 'year', 3),
    post('alone'),
    post('one', 'year', 1),
    post('hidden', 'year', 4, true),
    post('two', 'year', 2),
    post('typo', 'yaer', 1),
  ];
  const series = seriesOfPosts(posts, VOCABULARY, (key) => `/blog/series/${key}`);

  it('lists the parts in part order, labelled by the highest part, for parts of a known series only', () => {
    const [three, alone, one, , two, typo] = series;
    expect(alone).toBeUndefined();
    expect(typo).toBeUndefined();
    expect(two).toMatchObject({ key: 'year', title: 'My first year', route: '/blog/series/year', part: 2 });
    expect(two!.parts.map((part) => part.permalink)).toEqual(['/blog/one', '/blog/two', '/blog/three']);
    expect(two!.label).toBe('Part 2 of 3');
    expect(seriesLine(two!)).toBe('Part 2 of 3 in My first year');
    expect(one!.previous).toBeUndefined();
    expect(one!.next?.permalink).toBe('/blog/two');
    expect(two!.previous?.permalink).toBe('/blog/one');
    expect(three!.next).toBeUndefined();
  });

  it('shows an unlisted part in its own box only', () => {
    const hidden = series[3]!;
    expect(hidden.parts.map((part) => part.part)).toEqual([1, 2, 3, 4]);
    expect(hidden.label).toBe('Part 4 of 4');
    expect(hidden.previous?.part).toBe(3);
    expect(series[0]!.next).toBeUndefined();
  });
});

describe("a part's JSON-LD", () => {
  it('adds the series beside the blog in isPartOf, and the position', () => {
    const blog = { '@type': 'Blog', name: 'Stories' };
    const data = withSeries(
      { '@type': 'BlogPosting', isPartOf: blog },
      { title: 'My first year', part: 2 },
      'https://x/s',
    );
    expect(data.position).toBe(2);
    expect(data.isPartOf).toEqual([
      blog,
      { '@type': 'CreativeWorkSeries', '@id': 'https://x/s', name: 'My first year', url: 'https://x/s' },
    ]);
  });
});

describe('a site with series', () => {
  const copy = copySite({ posts: 'seeds' });
  afterAll(() => copy.dispose());
  const site = loadSite(copy.dir);
  for (const name of readdirSync(fixture('series'))) {
    copyFileSync(fixture('series', name), join(copy.dir, site.blog.path, name));
  }
  const vocabulary = readSeries(site);

  it('gives each series a page with its parts in part order, with base URL and authors', () => {
    const pages = seriesPages(site, loadPosts(site), vocabulary, (key) => `name of ${key}`, '/sub/');
    expect(pages.map((page) => page.key)).toEqual(Object.keys(vocabulary));
    const [first] = pages;
    expect(first!.parts.map((part) => [part.part, part.permalink])).toEqual([
      [1, '/sub/blog/series-fixture-opening'],
      [2, '/sub/blog/series-fixture-middle'],
      [3, '/sub/blog/series-fixture-closing'],
    ]);
    expect(first!.parts[0]!.authors).toEqual(['name of unknown']);
    expect(first!.length).toBe(3);
  });

  it("puts 'Part 2 of 3 · <series>' on a part's card, and nothing on a story of no series", () => {
    const cards = new Map(postCards(site, 'Site').map(({ slug, card }) => [slug, card]));
    const title = vocabulary['browser-test-series']!.title;
    expect(cards.get('series-fixture-middle')!.series).toBe(`Part 2 of 3 · ${title}`);
    expect(cards.get('biggest-achievement')!.series).toBeUndefined();
    expect(JSON.stringify(cardTree(cards.get('series-fixture-middle')!))).toContain(`Part 2 of 3 · ${title}`);
  });
});

describe("the series' Markdown copies for llms.txt", () => {
  const story = (slug: string, listed = true): CopyPage => ({
    kind: 'story',
    permalink: `/blog/${slug}`,
    url: `https://x/blog/${slug}`,
    copyUrl: `https://x/blog/${slug}.md`,
    title: `Title ${slug}`,
    description: `About ${slug}.`,
    facts: [],
    body: '',
    listed,
  });
  const blogPost = (slug: string, part: number) =>
    ({ metadata: { permalink: `/blog/${slug}`, series: { key: 'year', part } } }) as unknown as BlogPost;

  it('lists the listed parts in part order, linked to their copies; a series with none is not listed', () => {
    const copies = seriesCopies(
      [blogPost('b', 2), blogPost('a', 1), blogPost('hidden', 3)],
      [story('a'), story('b'), story('hidden', false)],
      { ...VOCABULARY, empty: { title: 'Empty', description: 'Nothing published yet.' } },
      (key) => `/blog/series/${key}`,
      'https://x',
    );
    expect(copies[0]).toMatchObject({ kind: 'series', title: 'My first year', listed: true, facts: [['Parts', '2']] });
    expect(copies[0]!.copyUrl).toBe('https://x/blog/series/year.md');
    expect(copies[0]!.body).toBe(
      'A first year in support, in parts.\n\n1. [Title a](https://x/blog/a.md): About a.\n2. [Title b](https://x/blog/b.md): About b.\n',
    );
    expect(copies[1]).toMatchObject({ title: 'Empty', listed: false });
  });
});

describe('the synthetic corpus of the benchmarks', () => {
  it('has series: parts 1 to 4 every 25 posts, each series in its series file, with no error', () => {
    const corpus = makeCorpus(ROOT, { posts: 26, seed: 5 });
    try {
      const site = loadSite(corpus.dir);
      const groups = groupBySeries(loadPosts(site), (post) => placeOf(post.frontMatter));
      expect([...groups.keys()].sort()).toEqual(['series-0', 'series-1']);
      expect(groups.get('series-0')!.map(({ part }) => part)).toEqual([1, 2, 3, 4]);
      expect(Object.keys(readSeries(site))).toEqual(['series-0', 'series-1']);
      const findings = checkSite(site).findings;
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      // Post 25 starts the second series, which 26 posts leave at one part.
      expect(findings.map((f) => f.rule)).toContain('single-part-series');
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  });
});
