/** The feed rules the browser suite applies to the built feeds: each catches what it should. */
import { describe, expect, it } from 'vitest';
import { checkAtom, checkJsonFeed, checkRss, htmlUrls, isRfc3339, isRfc822 } from '../helpers/feeds';

const HTML = '<p>Hello <a href="https://example.org/a">a</a> <img src="https://example.org/i.png" alt=""></p>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const rss = (item = '', channel = '') => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>T</title><link>https://example.org/blog</link><description>D</description>${channel}
<item><title>Post</title><link>https://example.org/blog/post</link><guid>https://example.org/blog/post</guid>
<pubDate>Thu, 26 Nov 2026 00:00:00 GMT</pubDate><content:encoded><![CDATA[${HTML}]]></content:encoded>${item}</item>
</channel></rss>`;

const atom = (entry = '') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>https://example.org/blog</id><title>T</title>
<updated>2026-11-26T00:00:00.000Z</updated>
<entry><title>Post</title><id>https://example.org/blog/post</id><link href="https://example.org/blog/post"/>
<updated>2026-11-26T00:00:00Z</updated><author><name>Ada</name></author>
<content type="html">${escape(HTML)}</content>${entry}</entry></feed>`;

const json = (item: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1',
    title: 'T',
    home_page_url: 'https://example.org/blog',
    items: [{ id: 'https://example.org/blog/post', url: 'https://example.org/blog/post', content_html: HTML, ...item }],
  });

describe('dates', () => {
  it.each(['Thu, 26 Nov 2026 00:00:00 GMT', '26 Nov 26 09:30 +0100', 'Mon, 1 Jan 2024 23:59:60 EST'])(
    'accepts the RFC 822 date %s',
    (date) => expect(isRfc822(date)).toBe(true),
  );
  it.each([
    '2026-11-26T00:00:00Z',
    'Fri, 26 Nov 2026 00:00:00 GMT',
    'Thu, 31 Nov 2026 00:00:00 GMT',
    'Thu, 26 Nov 2026',
  ])('refuses %s as an RFC 822 date', (date) => expect(isRfc822(date)).toBe(false));
  it.each(['2026-11-26T00:00:00Z', '2026-11-26T10:00:00.123+05:30'])('accepts the RFC 3339 date %s', (date) =>
    expect(isRfc3339(date)).toBe(true),
  );
  it.each(['2026-11-26', '2026-02-30T00:00:00Z', 'Thu, 26 Nov 2026 00:00:00 GMT', '2026-11-26 00:00:00Z'])(
    'refuses %s as an RFC 3339 date',
    (date) => expect(isRfc3339(date)).toBe(false),
  );
});

describe('htmlUrls', () => {
  it('reads quoted and bare attributes, decoding entities, and every srcset candidate', () => {
    const html = `<a href="/a?x=1&amp;y=2">a</a><img src=i.png srcset='s.png 1x, https://e.org/l.png 2x'>`;
    expect(htmlUrls(html)).toEqual(['/a?x=1&y=2', 'i.png', 's.png', 'https://e.org/l.png']);
  });
});

describe('RSS 2.0', () => {
  it('passes a feed that follows the rules, and reads its items', () => {
    const report = checkRss(rss());
    expect(report.problems).toEqual([]);
    expect(report.items).toEqual([
      {
        id: 'https://example.org/blog/post',
        url: 'https://example.org/blog/post',
        title: 'Post',
        html: HTML,
        authors: [],
      },
    ]);
  });

  it('reads each item’s authors from dc:creator, and wants the Dublin Core namespace for them', () => {
    const creators = '<dc:creator><![CDATA[Ada]]></dc:creator><dc:creator>Bo</dc:creator>';
    const declared = rss(creators).replace(
      '<rss version="2.0"',
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    );
    expect(checkRss(declared).problems).toEqual([]);
    expect(checkRss(declared).items[0]!.authors).toEqual(['Ada', 'Bo']);
    expect(checkRss(rss(creators)).problems).toEqual([
      'rss: uses <dc:creator> without xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ]);
  });

  it.each([
    ['a date that is not RFC 822', rss().replace('Thu, 26 Nov 2026 00:00:00 GMT', '2026-11-26T00:00:00Z'), /pubDate/],
    ['a relative link', rss().replace('<link>https://example.org/blog/post', '<link>/blog/post'), /link is not/],
    [
      'a relative image in the content',
      rss().replace('https://example.org/i.png', '/img/i.png'),
      /relative URL: \/img/,
    ],
    ['no full content', rss().replace(/<content:encoded>[\s\S]*<\/content:encoded>/, ''), /no full content/],
    ['no content namespace', rss().replace(/ xmlns:content="[^"]*"/, ''), /xmlns:content/],
    ['no channel description', rss().replace('<description>D</description>', ''), /missing <description>/],
    ['broken XML', rss().replace('</channel>', ''), /not well-formed/],
  ])('reports %s', (_, feed, problem) => {
    expect(checkRss(feed).problems.join('\n')).toMatch(problem);
  });
});

describe('Atom', () => {
  it('passes a feed that follows the rules, and reads its entries', () => {
    const report = checkAtom(atom());
    expect(report.problems).toEqual([]);
    expect(report.items[0]).toMatchObject({ url: 'https://example.org/blog/post', html: HTML });
  });

  it.each([
    ['a date that is not RFC 3339', atom().replace('2026-11-26T00:00:00Z', 'Thu, 26 Nov 2026 00:00:00 GMT'), /updated/],
    ['a relative id', atom().replace('<id>https://example.org/blog/post', '<id>/blog/post'), /id is not/],
    ['a relative link in the content', atom().replace('https://example.org/a', '#top'), /relative URL: #top/],
    ['no author anywhere', atom().replace('<author><name>Ada</name></author>', ''), /no <author>/],
    ['no content', atom().replace(/<content[\s\S]*<\/content>/, ''), /missing <content>/],
    ['a missing feed title', atom().replace('<title>T</title>', ''), /missing <title>/],
  ])('reports %s', (_, feed, problem) => {
    expect(checkAtom(feed).problems.join('\n')).toMatch(problem);
  });
});

describe('JSON Feed', () => {
  it('passes a feed that follows the rules', () => {
    expect(checkJsonFeed(json()).problems).toEqual([]);
  });

  it.each([
    ['a date that is not RFC 3339', json({ date_published: 'Thu, 26 Nov 2026 00:00:00 GMT' }), /date_published/],
    ['a relative url', json({ url: '/blog/post' }), /url is not/],
    ['a relative image in the content', json({ content_html: '<img src="i.png">' }), /relative URL: i.png/],
    ['no content', json({ content_html: undefined }), /no full content/],
    ['no id', json({ id: '' }), /missing id/],
    ['an unknown version', json().replace('version/1', 'version/9'), /version/],
  ])('reports %s', (_, feed, problem) => {
    expect(checkJsonFeed(feed).problems.join('\n')).toMatch(problem);
  });
});
