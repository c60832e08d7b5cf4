import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectShape } from '../src/import/detect';
import { expandPermalink, parseJekyllFileName, JEKYLL_DEFAULT_PERMALINK } from '../src/import/jekyll';
import { readText } from '../src/import/text';
import { importSource, type ImportedPost } from '../src/import/core';
import { Refusal, type ImportOptions } from '../src/import/types';
import { parsePost, validatePostFrontMatter } from '../src/content/post';
import { messageWithFix, formatLocated } from '../src/content/position';
import { fixture, fixtureSiteData } from './helpers';

/** The site imported into: the fixture site's tags, authors and pages. */
const site = fixtureSiteData();

const load = (path: string) => readFileSync(fixture('import', path));

function imported(path: string, options: ImportOptions = {}): ImportedPost {
  const result = importSource(fixture('import', path), load(path), options, site);
  if (!result.ok) throw new Error(`expected an import, got: ${result.problems.map(formatLocated).join('; ')}`);
  return result.post;
}

function problems(path: string, options: ImportOptions = {}): string[] {
  const result = importSource(fixture('import', path), load(path), options, site);
  if (result.ok) throw new Error('expected problems, got a post');
  return result.problems.map(messageWithFix);
}

/** The post reads back as valid, with tags and authors the site knows. */
function expectValid(post: ImportedPost) {
  const result = validatePostFrontMatter(parsePost(`${post.slug}.md`, post.text));
  expect(result.issues).toEqual([]);
  for (const tag of post.frontMatter.tags) expect(Object.keys(site.tags)).toContain(tag);
  for (const author of post.frontMatter.authors) expect(Object.keys(site.authors)).toContain(author);
  expect(post.text).toContain('\n<!-- truncate -->\n');
}

describe('detectShape', () => {
  const shape = (path: string, data: Record<string, unknown>, hasFrontMatter = true) =>
    detectShape(path, { data, hasFrontMatter }).shape;

  it('calls a file without frontmatter plain text', () => expect(shape('x.txt', {}, false)).toBe('text'));
  it('calls frontmatter with layout or author Jekyll', () => {
    expect(shape('x.md', { layout: 'post', title: 'T' })).toBe('jekyll');
    expect(shape('x.md', { author: 'A' })).toBe('jekyll');
  });
  it('calls a file in _posts Jekyll', () => expect(shape('site/_posts/x.md', { title: 'T' })).toBe('jekyll'));
  it('calls a dated file name without authors Jekyll', () =>
    expect(shape('2020-01-01-x.md', { title: 'T' })).toBe('jekyll'));
  it('calls frontmatter with authors Docusaurus', () => {
    expect(shape('x.md', { title: 'T', authors: ['a'] })).toBe('docusaurus');
    expect(shape('2020-01-01-x.md', { authors: 'a', id: 3 })).toBe('docusaurus');
  });
});

describe('Jekyll URLs', () => {
  it('reads the date and slug from a _posts file name', () => {
    expect(parseJekyllFileName('blog/_posts/2013-05-31-my-post.markdown')).toEqual({
      date: '2013-05-31',
      slug: 'my-post',
    });
    expect(parseJekyllFileName('002_e9ddd02ca68f611f.txt')).toBeUndefined();
  });

  it('gives the default permalink with lower-cased categories', () => {
    const post = { date: '2013-05-31', slug: 'my-post', categories: ['Know-how'] };
    expect(expandPermalink(JEKYLL_DEFAULT_PERMALINK, post)).toBe('/know-how/2013/05/31/my-post.html');
  });

  it('leaves out the categories segment when there are none', () => {
    expect(expandPermalink(JEKYLL_DEFAULT_PERMALINK, { date: '2013-05-31', slug: 'p', categories: [] })).toBe(
      '/2013/05/31/p.html',
    );
  });

  it('percent-encodes a category with a space, as Jekyll did', () => {
    expect(expandPermalink('/:categories/:title/', { date: '2013-05-31', slug: 'p', categories: ['Two Words'] })).toBe(
      '/two%20words/p/',
    );
  });
});

describe('importing a Jekyll post with Liquid, categories, permalink and redirect_from', () => {
  const post = imported('jekyll/_posts/2014-02-03-liquid-and-old-urls.md');

  it('is a valid post', () => expectValid(post));
  it('takes its date and slug from the file name', () => {
    expect(post.frontMatter.date).toBe('2014-02-03');
    expect(post.slug).toBe('liquid-and-old-urls');
  });
  it('keeps every old URL, the permalink first and the default last', () => {
    expect(post.frontMatter.aliases).toEqual([
      '/stories/liquid-and-old-urls/',
      '/2014/liquid.html',
      '/blog/liquid-old/',
      '/know-how/customer%20service/2014/02/03/liquid-and-old-urls.html',
    ]);
  });
  it('maps categories and tags, categories first', () => {
    expect(post.frontMatter.tags).toEqual(['know-how', 'customer-service', 'career']);
    expect(post.changes).toContain('mapped category Customer Service → customer-service');
  });
  it('maps a lower-cased display name to its author', () =>
    expect(post.frontMatter.authors).toEqual(['jelena-barinova']));
  it('keeps the Jekyll id as legacy_id', () => expect(post.frontMatter.legacy_id).toBe(171));
  it('leaves no Liquid in the body', () => {
    const body = post.text.split('\n---\n')[1]!;
    expect(body).not.toMatch(/\{%|site\.baseurl|relative_url/);
    expect(body).toContain('```ruby\ndef greet(name)');
    expect(body).toContain('[authoring guide](/docs/authoring) and to [the blog](/blog/)');
    expect(body).toContain('Templates write {{ customer.name }} literally.');
    expect(body).not.toContain('old editors');
  });
  it('reports the fields it left out', () => {
    expect(post.changes).toContain('left out layout: post (the site lays out every post alike)');
    expect(post.changes).toContain('left out field comments: true (the site has no use for it)');
  });
  it('quotes a title with a colon', () => {
    expect(post.text).toContain('title: "Liquid, categories and old URLs: a Jekyll post"\n');
  });
});

describe('Jekyll posts that cannot be imported as they are', () => {
  it('stops at Liquid it cannot convert, at its line and column in the source', () => {
    const path = 'jekyll/unconvertible-liquid.md';
    const result = importSource(fixture('import', path), load(path), {}, site);
    expect(result.ok ? [] : result.problems.map(formatLocated)).toEqual([
      `${fixture('import', path)}:11:1 Liquid {% include signup-form.html %} cannot be converted; rewrite it in Markdown before importing`,
    ]);
  });

  it('stops at a category that is no tag, and imports it with --ignore-unknown-tags', () => {
    expect(problems('jekyll/unknown-category.md')[0]).toMatch(/^category "Cooking" matches no tag/);
    const post = imported('jekyll/unknown-category.md', { ignoreUnknownTags: true });
    expect(post.frontMatter.tags).toEqual(['know-how']);
    expect(post.changes).toContain('left out category "Cooking": it matches no tag in tags.yml');
  });

  it('keeps the day of a date that had a time', () => {
    const post = imported('jekyll/unknown-category.md', { ignoreUnknownTags: true });
    expect(post.frontMatter.date).toBe('2016-09-12');
    expect(post.changes).toContain('kept the day 2016-09-12 of the date "2016-09-12 08:30:00 +0200"');
  });
});

describe('importing plain text', () => {
  it('reads the title, the paragraphs and an empty Tags: line', () => {
    const read = readText('x.txt', 'Title line\n\nFirst.\n\n\n\nSecond.\n\nTags: ,\n');
    expect(read.draft.title).toBe('Title line');
    expect(read.draft.body).toBe('\nFirst.\n\nSecond.');
    expect(read.draft.tags).toEqual([]);
    expect(read.changes).toEqual(['removed the empty Tags: line']);
  });

  it('reads tags from a Tags: line, any case', () => {
    expect(readText('x.txt', 'T\n\nBody.\n\ntags: Career; hiring').draft.tags.map((tag) => tag.value)).toEqual([
      'Career',
      'hiring',
    ]);
  });

  it('imports a file with a BOM, CRLF, a hard break and a Tags: line', () => {
    const post = imported('text/bom-crlf-tags.txt', { author: 'akecskes', date: '2020-02-02' });
    expectValid(post);
    expect(post.text).not.toMatch(/\r|\uFEFF|[ \t]\n/);
    expect(post.frontMatter.title).toBe('What the night shift taught me');
    expect(post.frontMatter.tags).toEqual(['career', 'customer-service']);
    expect(post.text).toContain('I learned to breathe.\\\nThat line ended in a hard break.');
    expect(post.changes.slice(0, 2)).toEqual([
      'removed the byte order mark',
      'converted 8 Windows line endings to \\n',
    ]);
  });

  it('escapes < so plain text never becomes HTML', () => {
    const post = imported('text/no-tags-line.txt', { author: 'unknown', date: '2020-02-02', tags: ['career'] });
    expect(post.text).toContain('I used to think &lt; 5 minutes');
    expect(post.changes).toContain('escaped 1 "<" as &lt; so it shows as text');
  });

  it('names every option it still needs at once', () => {
    expect(problems('text/no-tags-line.txt')).toEqual([
      'no date; pass --date YYYY-MM-DD (the day the story was first published)',
      expect.stringMatching(/^no author; pass --author <key>/),
      expect.stringMatching(/^no tags; pass --tags <a,b>/),
    ]);
  });
});

describe('importing Docusaurus posts', () => {
  it('maps an author given as a display name, and tag spellings', () => {
    const post = imported('docusaurus/display-name-author.md');
    expectValid(post);
    expect(post.frontMatter.authors).toEqual(['jelena-barinova']);
    expect(post.frontMatter.tags).toEqual(['customer-service', 'pm-tools', 'engineering']);
    expect(post.frontMatter.draft).toBe(false);
    expect(post.changes).toContain('left out field sidebar_label: Pairing (the site has no use for it)');
  });

  it('repairs text that was encoded twice', () => {
    const post = imported('docusaurus/double-encoded.md');
    expectValid(post);
    expect(post.text).toContain('Don’t worry — it’s fine 🤞 said the café owner.');
    expect(post.text).not.toMatch(/Ã|â€|ðŸ/);
  });

  it('records the hash of the source bytes', () => {
    expect(imported('docusaurus/double-encoded.md').frontMatter.source_sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('refusals', () => {
  const refuse = (path: string) => () => importSource(path, load(path), {}, site);

  it.each([
    ['refuse/js-frontmatter.md', /frontmatter language "js" is not allowed/],
    ['refuse/coffee-frontmatter.md', /frontmatter language "coffee" is not allowed/],
    ['refuse/toml-frontmatter.md', /TOML frontmatter/],
    ['refuse/binary.png', /not valid UTF-8.*binary/],
    ['refuse/latin1.txt', /not valid UTF-8/],
    ['refuse/utf16.txt', /UTF-16/],
  ])('%s is refused', (path, message) => {
    expect(refuse(path)).toThrow(Refusal);
    expect(refuse(path)).toThrow(message);
  });

  it('says where the first byte that is not UTF-8 is', () => {
    expect(refuse('refuse/latin1.txt')).toThrow(expect.objectContaining({ at: { line: 3, column: 4 } }));
  });

  it('refuses a file over the size limit', () => {
    const big = new TextEncoder().encode(`Title\n\n${'a'.repeat(1024 * 1024)}`);
    expect(() => importSource('big.txt', big, {}, site)).toThrow(/over the limit/);
  });

  it('refuses NUL bytes in otherwise valid UTF-8', () => {
    expect(() => importSource('x.txt', new TextEncoder().encode('Title\n\nA\0B'), {}, site)).toThrow(/NUL bytes/);
  });
});
