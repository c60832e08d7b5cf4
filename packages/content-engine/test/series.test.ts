/**
 * Series: the grouping and labels every user of a series shares, and the checks on a series'
 * parts, each against fixture parts (test/fixtures/series/) put into a copy of the fixture site.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from '../src/check/check';
import type { Finding } from '../src/check/finding';
import {
  groupBySeries,
  loadSite,
  missingParts,
  partLabel,
  placeOf,
  postFrontMatterSchema,
  readSeries,
  seriesFileSchema,
  seriesIndexRoute,
  seriesLength,
  seriesRoute,
  resolveSite,
} from '../src';
import { buildSiteIndex } from '../src/check/site';
import { addFile, copyFixtureSite, fixture } from './helpers';

describe('a series, taken together', () => {
  const posts = [
    { slug: 'c', series: 'a', part: 3 },
    { slug: 'x' },
    { slug: 'a', series: 'a', part: 1 },
    { slug: 'b', series: 'b', part: 1 },
    { slug: 'd', series: 'a', part: 2 },
  ];

  it('groups parts by series, each in part order, leaving out stories of none', () => {
    const groups = groupBySeries(posts, placeOf);
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')!.map(({ item }) => item.slug)).toEqual(['a', 'd', 'c']);
  });

  it('gives a place only to a story with both a series and a part', () => {
    expect(placeOf({ series: 'a' })).toBeUndefined();
    expect(placeOf({ part: 2 })).toBeUndefined();
    expect(placeOf({ series: 'a', part: 2 })).toEqual({ series: 'a', part: 2 });
  });

  it('counts a series by its highest part, so a gap reads as a part to come', () => {
    expect(seriesLength([{ part: 1 }, { part: 2 }, { part: 4 }])).toBe(4);
    expect(partLabel(2, 4)).toBe('Part 2 of 4');
    expect(missingParts([1, 2, 4])).toEqual([3]);
    expect(missingParts([3])).toEqual([1, 2]);
    expect(missingParts([1, 2, 3])).toEqual([]);
  });
});

describe('the schema of series', () => {
  const base = {
    title: 'A title',
    description: 'A description that is long enough to be a useful search snippet.',
    slug: 'a-slug',
    date: '2026-01-15',
    authors: ['unknown'],
    tags: ['career'],
  };

  it('takes a series key with a whole part number from 1', () => {
    expect(postFrontMatterSchema.safeParse({ ...base, series: 'first-year', part: 2 }).success).toBe(true);
    for (const part of [0, 1.5, '2', 1000]) {
      expect(postFrontMatterSchema.safeParse({ ...base, series: 'first-year', part }).success, String(part)).toBe(
        false,
      );
    }
  });

  it('takes an empty series file, and refuses an entry without a title or with unknown fields', () => {
    expect(seriesFileSchema.safeParse({}).success).toBe(true);
    expect(seriesFileSchema.safeParse({ a: { description: 'Long enough to describe it.' } }).success).toBe(false);
    expect(
      seriesFileSchema.safeParse({ a: { title: 'A', description: 'Long enough to describe it.', label: 'A' } }).success,
    ).toBe(false);
    expect(seriesFileSchema.safeParse({ 'Not A Key': { title: 'A', description: 'Long enough.' } }).success).toBe(
      false,
    );
  });
});

describe('series routes and files come from the manifest', () => {
  it('puts the index and each series under the blog, where site.yml says', () => {
    const defaults = resolveSite('/site', { title: 'T' });
    expect(seriesIndexRoute(defaults)).toBe('/blog/series');
    expect(seriesRoute(defaults, 'first-year')).toBe('/blog/series/first-year');
    const moved = resolveSite('/site', { title: 'T', blog: { routeBasePath: 'stories', seriesBasePath: 'parts' } });
    expect(seriesRoute(moved, 'first-year')).toBe('/stories/parts/first-year');
  });

  it('makes each series in the file a route links may point to', () => {
    const site = resolveSite('/site', { title: 'T' });
    const index = buildSiteIndex(site, [], {}, {}, { 'first-year': { title: 'A', description: 'Long enough.' } });
    expect(index.routes).toContain('/blog/series');
    expect(index.routes).toContain('/blog/series/first-year');
    expect(buildSiteIndex(site, [], {}, {}, {}).routes).not.toContain('/blog/series');
  });

  it('reads a site without a series file as a site without series', () => {
    expect(readSeries(loadSite(fixture('site')))).toEqual({});
  });
});

describe('the checks on series', () => {
  let site: ReturnType<typeof copyFixtureSite>;
  beforeEach(() => {
    site = copyFixtureSite();
    addFile(site.dir, fixture('series', 'series.yml'), 'blog/series.yml');
  });
  afterEach(() => site.dispose());

  /** The findings about series once the named fixture parts are in the blog. */
  function check(...names: string[]): Finding[] {
    return checkOn(undefined, ...names);
  }

  /** The same, on the day `now` (the site's "now" when undefined). */
  function checkOn(now: Date | undefined, ...names: string[]): Finding[] {
    for (const name of names) addFile(site.dir, fixture('series', name), `blog/${name}`);
    return checkSite(loadSite(site.dir), [], now).findings.filter((f) =>
      names.some((name) => f.file === `blog/${name}`),
    );
  }

  it('finds nothing wrong with a series of three parts numbered 1, 2, 3', () => {
    expect(check('part-1.md', 'part-2.md', 'part-3.md')).toEqual([]);
    expect(readSeries(loadSite(site.dir))['first-year']!.title).toBe('My first year in support');
  });

  it('refuses an unknown series at its line, with did-you-mean', () => {
    expect(check('unknown-series.md')).toEqual([
      expect.objectContaining({
        rule: 'unknown-series',
        severity: 'error',
        line: 8,
        column: 9,
        message: 'unknown series "frist-year": not a key of blog/series.yml',
        suggestion: 'did you mean "first-year"?',
      }),
    ]);
  });

  it('refuses a series without a part, and a part without a series', () => {
    expect(check('missing-part.md', 'part-without-series.md')).toEqual([
      expect.objectContaining({ file: 'blog/missing-part.md', rule: 'missing-part', line: 8, column: 9 }),
      expect.objectContaining({ file: 'blog/part-without-series.md', rule: 'part-without-series', line: 8 }),
    ]);
  });

  it('refuses two parts with one number, naming the other file at each', () => {
    const findings = check('part-1.md', 'part-2.md', 'part-3.md', 'duplicate-part.md');
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'blog/duplicate-part.md',
        rule: 'duplicate-part',
        severity: 'error',
        line: 9,
        column: 7,
        message: 'part 2 of series "first-year" is also blog/part-2.md',
      }),
      expect.objectContaining({
        file: 'blog/part-2.md',
        rule: 'duplicate-part',
        line: 9,
        message: 'part 2 of series "first-year" is also blog/duplicate-part.md',
      }),
    ]);
  });

  it('warns of a gap in the numbering, at the part after it', () => {
    expect(check('part-1.md', 'part-3.md')).toEqual([
      expect.objectContaining({
        file: 'blog/part-3.md',
        rule: 'part-gap',
        severity: 'warning',
        line: 9,
        message: 'series "first-year" has no part 2: its published parts are 1, 3',
      }),
    ]);
  });

  it('warns of a series with one published part; a draft part is not published', () => {
    const single = [
      expect.objectContaining({
        file: 'blog/part-1.md',
        rule: 'single-part-series',
        severity: 'warning',
        line: 8,
      }),
    ];
    expect(check('part-1.md')).toEqual(single);
  });

  it('counts a part scheduled for later as not published yet', () => {
    // Parts 1, 2 and 3 are dated 11, 12 and 13 January 2026.
    const rules = (now: string) =>
      checkOn(new Date(now), 'part-1.md', 'part-2.md', 'part-3.md')
        .filter((f) => f.rule !== 'scheduled')
        .map((f) => [f.file, f.rule]);
    expect(rules('2026-01-11T12:00:00Z')).toEqual([['blog/part-1.md', 'single-part-series']]);
    expect(rules('2026-01-13T00:00:00Z')).toEqual([]);
  });

  it('counts only published parts: a draft second part leaves the first alone', () => {
    addFile(site.dir, fixture('series', 'part-2.md'), 'blog/part-2.md');
    const draft = join(site.dir, 'blog/part-2.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('part: 2\n', 'part: 2\ndraft: true\n'));
    expect(check('part-1.md').map((f) => f.rule)).toEqual(['single-part-series']);
    rmSync(draft);
    expect(check('part-1.md', 'part-2.md')).toEqual([]);
  });
});
