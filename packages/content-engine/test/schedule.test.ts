/**
 * Now, scheduled and updated stories: SITE_NOW, what a post's date means, the checks' findings
 * (update-before-date, scheduled), `npm run check` on a site with a scheduled post, and the
 * permalink lock, which records a scheduled post's URL on its day and not before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantOf, isPublished, isScheduled, loadSite, NowError, siteNow } from '../src';
import { checkSite } from '../src/check';
import { capture } from '../src/cli';
import { main as check } from '../src/cli/check';
import { main as permalinks } from '../src/cli/permalinks';
import { diffLock, publishedUrls } from '../src/permalinks';
import { urlsOf } from '../src/permalinks/lock';
import { copyFixtureSite } from './helpers';

const CLOCK = () => new Date('2026-12-03T16:00:00Z');

describe('now', () => {
  it('is SITE_NOW when set: a date alone is the start of that day in UTC', () => {
    expect(siteNow({ SITE_NOW: '2031-06-03' }, CLOCK).toISOString()).toBe('2031-06-03T00:00:00.000Z');
    expect(siteNow({ SITE_NOW: '2031-06-03T09:30+02:00' }, CLOCK).toISOString()).toBe('2031-06-03T07:30:00.000Z');
  });

  it('is the clock when SITE_NOW is unset or empty', () => {
    expect(siteNow({}, CLOCK)).toEqual(CLOCK());
    expect(siteNow({ SITE_NOW: '' }, CLOCK)).toEqual(CLOCK());
  });

  it('refuses a SITE_NOW that is not an ISO date, naming the variable', () => {
    for (const bad of ['tomorrow', '2031-02-30', '03/06/2031', '2031-6-3']) {
      expect(() => siteNow({ SITE_NOW: bad }, CLOCK), bad).toThrow(NowError);
      expect(() => siteNow({ SITE_NOW: bad }, CLOCK), bad).toThrow(/SITE_NOW/);
    }
  });

  it('reads a time without a zone as UTC, as the blog plugin reads a post date', () => {
    expect(instantOf('2031-06-03T09:00')?.toISOString()).toBe('2031-06-03T09:00:00.000Z');
    expect(instantOf('2031-06-03 09:00:15')?.toISOString()).toBe('2031-06-03T09:00:15.000Z');
  });
});

describe('a post dated after now', () => {
  const post = { date: '2031-06-03' };
  it('is scheduled until the start of its day, then published', () => {
    expect(isScheduled(post, new Date('2031-06-02T23:59:59Z'))).toBe(true);
    expect(isPublished(post, new Date('2031-06-02T23:59:59Z'))).toBe(false);
    expect(isScheduled(post, new Date('2031-06-03T00:00:00Z'))).toBe(false);
    expect(isPublished(post, new Date('2031-06-03T00:00:00Z'))).toBe(true);
  });

  it('with a time is out at that time', () => {
    const timed = { date: '2031-06-03T09:00' };
    expect(isPublished(timed, new Date('2031-06-03T08:59Z'))).toBe(false);
    expect(isPublished(timed, new Date('2031-06-03T09:00Z'))).toBe(true);
  });

  it('is never published while it is a draft', () => {
    expect(isPublished({ date: '2020-01-01', draft: true }, new Date('2031-01-01'))).toBe(false);
  });
});

const STORY = (fields: string) => `---
title: A story about dates
description: A story that tests what the checks say about its publication and update dates.
slug: a-story-about-dates
authors: [akecskes]
tags: [career]
${fields}
---
Some text.

<!-- truncate -->

More text.
`;

describe('the checks on dates', () => {
  const site = loadSite(copyFixtureSite().dir);
  const findingsOf = (fields: string, now = new Date('2026-12-03')) =>
    checkSite(site, [{ path: 'blog/a-story-about-dates.md', text: STORY(fields) }], now).findings.filter(
      (finding) => finding.file === 'blog/a-story-about-dates.md',
    );

  it('refuse an update before the publication date, at the updated line', () => {
    const findings = findingsOf('date: 2026-05-04\nupdated: 2026-05-03');
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'update-before-date',
        severity: 'error',
        line: 8,
        column: 1,
        message: 'updated 2026-05-03 comes before the publication date 2026-05-04',
      }),
    ]);
  });

  it('accept an update on the publication day or later, with a one-line reason', () => {
    expect(findingsOf('date: 2026-05-04\nupdated: 2026-05-04')).toEqual([]);
    expect(findingsOf('date: 2026-05-04\nupdated: 2026-06-01\nupdate_reason: Added the salary figures.')).toEqual([]);
  });

  it('refuse an update date that is not a date, and a reason of more than one line', () => {
    expect(findingsOf('date: 2026-05-04\nupdated: last week').map((f) => f.rule)).toEqual(['schema']);
    const multiline = findingsOf('date: 2026-05-04\nupdated: 2026-06-01\nupdate_reason: "one\\ntwo"');
    expect(multiline.map((f) => [f.rule, f.message])).toEqual([['schema', 'update_reason is one line']]);
  });

  it('note a post dated after now as scheduled, as information, at its date', () => {
    expect(findingsOf('date: 2026-12-04', new Date('2026-12-03T23:00Z'))).toEqual([
      expect.objectContaining({
        rule: 'scheduled',
        severity: 'info',
        line: 7,
        message: 'scheduled for 2026-12-04: the site publishes it on that day',
      }),
    ]);
    expect(findingsOf('date: 2026-12-04', new Date('2026-12-04T00:00Z'))).toEqual([]);
    // A draft is not scheduled: it waits for its author, not for a day.
    expect(findingsOf('date: 2026-12-04\ndraft: true', new Date('2026-12-03'))).toEqual([]);
  });
});

describe('links to a scheduled story', () => {
  const site = loadSite(copyFixtureSite().dir);
  const post = (slug: string, date: string, body = 'Some text.') =>
    STORY(`date: ${date}`).replace('slug: a-story-about-dates', `slug: ${slug}`).replace('Some text.', body);
  const linkFindings = (fromDate: string) =>
    checkSite(
      site,
      [
        { path: 'blog/part-one.md', text: post('part-one', '2031-06-03') },
        { path: 'blog/part-two.md', text: post('part-two', fromDate, 'After [part one](/blog/part-one).') },
      ],
      new Date('2031-06-01'),
    ).findings.filter((finding) => finding.rule === 'broken-link');

  it('are broken from a story out before it: the build has no page there yet', () => {
    expect(linkFindings('2026-01-05')).toEqual([
      expect.objectContaining({
        file: 'blog/part-two.md',
        message: 'link to /blog/part-one: that story is scheduled for 2031-06-03, and has no page before then',
      }),
    ]);
  });

  it('are fine from a story that comes out on its day or later', () => {
    expect(linkFindings('2031-06-03')).toEqual([]);
    expect(linkFindings('2031-06-10')).toEqual([]);
  });
});

describe('npm run check with a scheduled post', () => {
  const copy = copyFixtureSite();
  afterAll(() => copy.dispose());
  writeFileSync(join(copy.dir, 'blog/a-story-about-dates.md'), STORY('date: 2031-06-03'));

  it('lists it as "scheduled for <date>" and exits 0, with now from SITE_NOW', async () => {
    const before = await capture(check, [], { cwd: copy.dir, env: { SITE_NOW: '2031-06-02' } });
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toContain(
      'blog/a-story-about-dates.md:7:1  info  scheduled for 2031-06-03: the site publishes it on that day  (scheduled)',
    );
    expect(before.stdout).toMatch(/^0 errors, \d+ warnings? in \d+ files?; 1 note \(\d+ files checked\)$/m);
    const on = await capture(check, [], { cwd: copy.dir, env: { SITE_NOW: '2031-06-03' } });
    expect(on.code).toBe(0);
    expect(on.stdout).not.toContain('scheduled');
  });

  it('stops with a usage of SITE_NOW that is not a date', async () => {
    const result = await capture(check, [], { cwd: copy.dir, env: { SITE_NOW: 'soon' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SITE_NOW="soon" is not an ISO date');
  });

  it('check:permalinks records its URL on its day, not before', async () => {
    const lock = join(copy.dir, 'blog/permalinks.lock');
    const before = await capture(permalinks, ['--update'], { cwd: copy.dir, env: { SITE_NOW: '2031-06-02' } });
    expect(before.code, before.stderr).toBe(0);
    expect(readFileSync(lock, 'utf8')).not.toContain('/blog/a-story-about-dates');
    const on = await capture(permalinks, ['--update'], { cwd: copy.dir, env: { SITE_NOW: '2031-06-03' } });
    expect(on.code, on.stderr).toBe(0);
    expect(on.stdout).toContain('recorded: /blog/a-story-about-dates');
    expect(readFileSync(lock, 'utf8')).toContain('/blog/a-story-about-dates\n');
  });
});

describe('the permalink lock and a scheduled post', () => {
  const site = loadSite(copyFixtureSite().dir);
  const posts = [
    { slug: 'out-already', date: '2026-01-01' },
    { slug: 'out-on-tuesday', date: '2031-06-03', aliases: ['/old/out-on-tuesday'] },
  ];
  const monday = new Date('2031-06-02T12:00Z');
  const tuesday = new Date('2031-06-03T00:00Z');

  it('has no URL, and no redirect, before its day', () => {
    expect(publishedUrls(site, posts, monday)).toEqual(['/blog/out-already']);
    expect(urlsOf(site, posts[1]!, monday)).toEqual([]);
    expect(diffLock(site, ['/blog/out-already'], posts, monday).added).toEqual([]);
  });

  it('has both on its day', () => {
    expect(urlsOf(site, posts[1]!, tuesday)).toEqual(['/blog/out-on-tuesday', '/old/out-on-tuesday']);
    expect(diffLock(site, ['/blog/out-already'], posts, tuesday).added).toEqual([
      '/blog/out-on-tuesday',
      '/old/out-on-tuesday',
    ]);
  });
});
