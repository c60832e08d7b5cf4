/**
 * The rules each feed format sets (RSS 2.0 with the content module, Atom per RFC 4287, JSON Feed
 * 1 and 1.1), checked on a feed's text: required elements, dates in RFC 822 (RSS) or RFC 3339
 * (Atom, JSON Feed), and absolute URLs, inside each item's HTML too. Returns every problem, plus
 * the items read, for a test to compare with the posts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  /** The item's full HTML content. */
  html: string;
  /** Its authors' names: RSS `<dc:creator>`, Atom `<author><name>`, JSON Feed `authors` (or `author`). */
  authors: string[];
}

export interface FeedReport {
  problems: string[];
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['channel', 'item', 'entry', 'link', 'author', 'category', 'dc:creator'].includes(name),
});

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822 = new RegExp(
  `^(?:(${DAYS.join('|')}), )?(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4}|\\d{2}) ` +
    '([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d|60))? (UT|GMT|[ECMP][SD]T|[A-IK-Z]|[+-]\\d{4})$',
);
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is an RFC 822 date-time (RSS 2.0 allows a four-digit year) naming a real day. */
export function isRfc822(value: string): boolean {
  const match = RFC822.exec(value);
  if (!match) return false;
  const [, day, date, month, year] = match;
  const fullYear = year!.length === 2 ? 1900 + Number(year) : Number(year);
  const when = new Date(Date.UTC(fullYear, MONTHS.indexOf(month!), Number(date)));
  if (when.getUTCDate() !== Number(date)) return false;
  return day === undefined || DAYS[when.getUTCDay()] === day;
}

/** Whether `value` is an RFC 3339 date-time naming a real day. */
export function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [, year, month, date] = match;
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
  return when.getUTCMonth() === Number(month) - 1 && when.getUTCDate() === Number(date);
}

export function isAbsoluteUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Every URL an item's HTML refers to (href, src and each srcset candidate). */
export function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    if (match[1]!.toLowerCase() === 'srcset')
      urls.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    else urls.push(value);
  }
  return urls;
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return named[name.toLowerCase()] ?? entity;
  });
}

const text = (node: unknown): string => {
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && '#text' in node) return String((node as Node)['#text']);
  return '';
};

class Problems {
  list: string[] = [];
  add(where: string, message: string) {
    this.list.push(`${where}: ${message}`);
  }
  required(where: string, name: string, value: unknown) {
    if (text(value).trim() === '') this.add(where, `missing <${name}>`);
  }
  url(where: string, name: string, value: unknown) {
    if (!isAbsoluteUrl(value)) this.add(where, `${name} is not an absolute URL: ${JSON.stringify(value)}`);
  }
  date(where: string, name: string, value: unknown, rule: (v: string) => boolean, format: string) {
    if (typeof value !== 'string' || !rule(value))
      this.add(where, `${name} is not an ${format} date: ${JSON.stringify(value)}`);
  }
  content(where: string, html: string) {
    if (html.trim() === '') this.add(where, 'has no full content');
    for (const url of htmlUrls(html)) {
      if (!isAbsoluteUrl(url) && !/^mailto:/i.test(url)) this.add(where, `content refers to a relative URL: ${url}`);
    }
  }
}

/** The root element of a feed if it is well-formed XML and that element is `name`. */
function xmlRoot(xml: string, name: string, problems: Problems): Node | undefined {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    problems.add('feed', `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return undefined;
  }
  const root = (parser.parse(xml) as Node)[name] as Node | undefined;
  if (!root) problems.add('feed', `the root element is not <${name}>`);
  return root;
}

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** RSS 2.0, with full content in `<content:encoded>`. */
export function checkRss(xml: string): FeedReport {
  const problems = new Problems();
  const items: FeedItem[] = [];
  const rss = xmlRoot(xml, 'rss', problems);
  if (!rss) return { problems: problems.list, items };
  if (rss['@version'] !== '2.0') problems.add('rss', 'version is not "2.0"');
  const channels = (rss.channel ?? []) as Node[];
  if (channels.length !== 1) problems.add('rss', `has ${channels.length} <channel> elements, not 1`);
  const channel = channels[0] ?? {};
  for (const name of ['title', 'link', 'description']) problems.required('channel', name, channel[name]);
  problems.url('channel', 'link', text(channel.link));
  for (const name of ['pubDate', 'lastBuildDate']) {
    if (channel[name] !== undefined) problems.date('channel', name, channel[name], isRfc822, 'RFC 822');
  }
  for (const [index, item] of ((channel.item ?? []) as Node[]).entries()) {
    const where = `item ${index + 1}`;
    if (text(item.title) === '' && text(item.description) === '')
      problems.add(where, 'has neither <title> nor <description>');
    const link = text(item.link);
    problems.url(where, 'link', link);
    const guid = item.guid as Node | string | undefined;
    if (guid === undefined) problems.add(where, 'missing <guid>');
    else if (typeof guid === 'string' || guid['@isPermaLink'] !== 'false') problems.url(where, 'guid', text(guid));
    problems.date(where, 'pubDate', item.pubDate, isRfc822, 'RFC 822');
    const html = text(item['content:encoded']);
    if (item['content:encoded'] !== undefined && rss['@xmlns:content'] !== CONTENT_NS) {
      problems.add('rss', `uses <content:encoded> without xmlns:content="${CONTENT_NS}"`);
    }
    problems.content(where, html);
    const creators = ((item['dc:creator'] ?? []) as unknown[]).map(text).filter(Boolean);
    if (creators.length > 0 && rss['@xmlns:dc'] !== DC_NS)
      problems.add('rss', `uses <dc:creator> without xmlns:dc="${DC_NS}"`);
    items.push({ id: text(guid), url: link, title: text(item.title), html, authors: creators });
  }
  return { problems: [...new Set(problems.list)], items };
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The `href` of an Atom element's alternate link (a link without `rel` is one). */
const alternate = (node: Node) =>
  ((node.link ?? []) as Node[]).find((link) => (link['@rel'] ?? 'alternate') === 'alternate')?.['@href'];

/** Atom (RFC 4287), with full content in `<content>`. */
export function checkAtom(xml: string): FeedReport {
  const problems = new Problems();
  const items: FeedItem[] = [];
  const feed = xmlRoot(xml, 'feed', problems);
  if (!feed) return { problems: problems.list, items };
  if (feed['@xmlns'] !== ATOM_NS) problems.add('feed', `is not in the Atom namespace ${ATOM_NS}`);
  problems.required('feed', 'title', feed.title);
  problems.url('feed', 'id', text(feed.id));
  problems.date('feed', 'updated', feed.updated, isRfc3339, 'RFC 3339');
  const feedHasAuthor = ((feed.author ?? []) as Node[]).some((author) => text(author.name) !== '');
  for (const [index, entry] of ((feed.entry ?? []) as Node[]).entries()) {
    const where = `entry ${index + 1}`;
    problems.required(where, 'title', entry.title);
    problems.url(where, 'id', text(entry.id));
    problems.date(where, 'updated', entry.updated, isRfc3339, 'RFC 3339');
    if (entry.published !== undefined) problems.date(where, 'published', entry.published, isRfc3339, 'RFC 3339');
    const link = alternate(entry);
    problems.url(where, 'alternate link', link);
    const authors = (entry.author ?? []) as Node[];
    if (!feedHasAuthor && !authors.some((author) => text(author.name) !== '')) {
      problems.add(where, 'has no <author>, and neither has the feed');
    }
    const content = entry.content as Node | undefined;
    if (content === undefined) problems.add(where, 'missing <content>');
    else if (!['html', 'xhtml'].includes(String(content['@type'])))
      problems.add(where, 'content is not of type "html"');
    const html = text(content);
    problems.content(where, html);
    items.push({
      id: text(entry.id),
      url: String(link ?? ''),
      title: text(entry.title),
      html,
      authors: authors.map((a) => text(a.name)),
    });
  }
  return { problems: [...new Set(problems.list)], items };
}

/** JSON Feed 1 or 1.1, with full content in `content_html`. */
export function checkJsonFeed(json: string): FeedReport {
  const problems = new Problems();
  const items: FeedItem[] = [];
  let feed: Node;
  try {
    feed = JSON.parse(json) as Node;
  } catch (error) {
    problems.add('feed', `not JSON: ${(error as Error).message}`);
    return { problems: problems.list, items };
  }
  if (!/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(String(feed.version))) {
    problems.add('feed', `version is not a JSON Feed 1 or 1.1 URL: ${JSON.stringify(feed.version)}`);
  }
  if (typeof feed.title !== 'string' || feed.title === '') problems.add('feed', 'missing title');
  for (const name of ['home_page_url', 'feed_url'])
    if (feed[name] !== undefined) problems.url('feed', name, feed[name]);
  if (!Array.isArray(feed.items)) {
    problems.add('feed', 'items is not an array');
    return { problems: problems.list, items };
  }
  for (const [index, item] of (feed.items as Node[]).entries()) {
    const where = `item ${index + 1}`;
    if (typeof item.id !== 'string' || item.id === '') problems.add(where, 'missing id');
    problems.url(where, 'url', item.url);
    for (const name of ['date_published', 'date_modified']) {
      if (item[name] !== undefined) problems.date(where, name, item[name], isRfc3339, 'RFC 3339');
    }
    if (item.image !== undefined) problems.url(where, 'image', item.image);
    const html = typeof item.content_html === 'string' ? item.content_html : '';
    problems.content(where, html);
    const people = (Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : []) as Node[];
    items.push({
      id: String(item.id ?? ''),
      url: String(item.url ?? ''),
      title: String(item.title ?? ''),
      html,
      authors: people.map((person) => String(person.name ?? '')),
    });
  }
  return { problems: [...new Set(problems.list)], items };
}

/** What a reader sees of some HTML: no tags, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
