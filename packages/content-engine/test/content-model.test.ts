import { describe, expect, it, beforeEach } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parsePost, validatePostFrontMatter, ContentError } from '../src/content/post';
import { listMarkdownFiles } from '../src/content/load';
import { readAuthors, readTags, loadPosts } from '../src/site/content';
import { fixture, FIXTURE_SITE, SEEDS } from './helpers';
import { flavourOf, hasTruncate } from '../src/content/markdown';
import { loadSite } from '../src';

/**
 * The file the fixture's payload writes when it runs, renamed for this test file: tests in other
 * files run the same payload at the same time, and must not see each other's marker.
 */
const MARKER_NAME = `sde-js-frontmatter-ran-engine-${process.pid}`;
const MARKER = join(tmpdir(), MARKER_NAME);
const payload = (path: string) => readFileSync(path, 'utf8').replace("'sde-js-frontmatter-ran'", `'${MARKER_NAME}'`);

/**
 * The fixture site's posts, the seed stories as the importer wrote them: each is valid, uses known
 * keys and is clean, and the loaders read them all, newest first.
 */
describe('the fixture site’s posts', () => {
  const site = loadSite(FIXTURE_SITE);
  const posts = listMarkdownFiles(FIXTURE_SITE, site.blog.path);
  const tags = readTags(site);
  const authors = readAuthors(site);

  it('include the post of every seed, found by its slug', () => {
    const slugs = loadPosts(site).map((post) => post.frontMatter.slug);
    expect(slugs).toEqual(expect.arrayContaining(SEEDS.map((seed) => seed.slug)));
  });

  it.each(posts)('%s parses and validates against the schema', (path) => {
    const post = parsePost(path, readFileSync(join(FIXTURE_SITE, path), 'utf8'));
    const result = validatePostFrontMatter(post);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(posts)('%s uses only known tags and authors', (path) => {
    const result = validatePostFrontMatter(parsePost(path, readFileSync(join(FIXTURE_SITE, path), 'utf8')));
    if (!result.ok) throw new Error('invalid post');
    for (const tag of result.value.tags) expect(Object.keys(tags)).toContain(tag);
    for (const author of result.value.authors) expect(Object.keys(authors)).toContain(author);
  });

  it.each(posts)('%s is clean UTF-8 with the truncate marker its format needs', (path) => {
    const text = readFileSync(join(FIXTURE_SITE, path), 'utf8');
    expect(text).not.toMatch(/â€|Ã|ðŸ|\uFFFD|\uFEFF|\r/);
    expect(hasTruncate(parsePost(path, text).content, flavourOf(path))).toBe(true);
  });

  it('loads every valid post, newest first', () => {
    const dates = loadPosts(site).map((post) => post.frontMatter.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toHaveLength(posts.length);
  });
});

describe('the seed posts as imported (the fixture site’s posts)', () => {
  it('keep the repaired emoji and apostrophes of the first story', () => {
    const text = readFileSync(SEEDS[0]!.imported, 'utf8');
    expect(text).toContain('fingers crossed for. 🤞');
    expect(text).toContain('I didn’t forget');
  });
});

describe('parsePost refuses frontmatter that is code', () => {
  const text = payload(fixture('content-model/js-frontmatter.md'));
  beforeEach(() => rmSync(MARKER, { force: true }));

  it('the fixture payload is live: stock gray-matter runs it', () => {
    // Proves the next tests could fail: the same text does run code through gray-matter's defaults.
    matter(text);
    expect(existsSync(MARKER)).toBe(true);
    rmSync(MARKER, { force: true });
  });

  it('throws a ContentError naming the file, and the payload never runs', () => {
    expect(() => parsePost('blog/evil.md', text)).toThrow(ContentError);
    expect(() => parsePost('blog/evil.md', text)).toThrow(
      /blog\/evil\.md:1:4 frontmatter language "js" is not allowed/,
    );
    expect(existsSync(MARKER)).toBe(false);
  });

  it.each(['---javascript', '---coffee', '---json', '--- JS'])('refuses %s frontmatter', (opening) => {
    expect(() => parsePost('p.md', `${opening}\n{}\n---\nbody\n`)).toThrow(/is not allowed/);
  });

  it('refuses TOML frontmatter', () => {
    const toml = readFileSync(fixture('content-model/toml.md'), 'utf8');
    expect(() => parsePost('p.md', toml)).toThrow(/TOML frontmatter/);
  });
});

describe('parsePost reports malformed YAML with its location', () => {
  it('names the file and the line of the error', () => {
    const text = readFileSync(fixture('content-model/bad-yaml.md'), 'utf8');
    let error: unknown;
    try {
      parsePost('blog/bad-yaml.md', text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const contentError = error as ContentError;
    expect(contentError.file).toBe('blog/bad-yaml.md');
    expect(contentError.line).toBeGreaterThanOrEqual(4);
    expect(contentError.line).toBeLessThanOrEqual(5);
    expect(contentError.rule).toBe('frontmatter-syntax');
  });

  it('rejects duplicate keys', () => {
    expect(() => parsePost('p.md', '---\ntitle: a\ntitle: b\n---\n')).toThrow(
      /p\.md:3:\d+ .*[Mm]ap keys must be unique/,
    );
  });

  it('rejects custom YAML tags instead of resolving them', () => {
    expect(() => parsePost('p.md', '---\ntitle: !!js/function "function () {}"\n---\n')).toThrow(ContentError);
  });

  it('stops an alias bomb quickly', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    bomb.push('---', '');
    const started = performance.now();
    expect(() => parsePost('bomb.md', bomb.join('\n'))).toThrow(/alias/i);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses frontmatter that is never closed', () => {
    expect(() => parsePost('p.md', '---\ntitle: open\n\nbody')).toThrow(/never closed/);
  });
});

describe('parsePost locates fields', () => {
  it('gives the line and column of each key and list item', () => {
    const post = parsePost('p.md', '---\ntitle: T\ntags:\n  - a\n  - b\nauthors: [x, y]\n---\nbody\n');
    expect(post.positions.title).toEqual({ line: 2, column: 1 });
    expect(post.positions['tags.1']).toEqual({ line: 5, column: 5 });
    expect(post.positions['authors.1']).toEqual({ line: 6, column: 14 });
    expect(post.contentLine).toBe(8);
    expect(post.content).toBe('body\n');
  });

  it('treats a file without frontmatter as all body', () => {
    const post = parsePost('p.md', 'Just text.\n');
    expect(post.hasFrontMatter).toBe(false);
    expect(post.data).toEqual({});
  });
});

describe('validatePostFrontMatter', () => {
  const valid = [
    'title: A title',
    'description: A description that is long enough to be a useful search snippet.',
    'slug: a-title',
    'date: 2026-01-31',
    'authors: [unknown]',
    'tags: [career]',
  ];
  const check = (lines: string[]) =>
    validatePostFrontMatter(parsePost('p.md', `---\n${lines.join('\n')}\n---\nbody\n`));

  it('accepts a complete post', () => {
    expect(check(valid).ok).toBe(true);
  });

  it('rejects an impossible date at its line', () => {
    const result = check(valid.map((line) => (line.startsWith('date') ? 'date: 2026-02-30' : line)));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ field: 'date', position: { line: 5 } });
    expect(result.issues[0]!.message).toMatch(/2026-02-30 does not exist/);
  });

  it('rejects tags written as a string', () => {
    const result = check(valid.map((line) => (line.startsWith('tags') ? 'tags: career' : line)));
    expect(result.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/tags must be a list/)]);
  });

  it('reports every missing field, not just the first', () => {
    const result = check(['title: Only a title']);
    expect(result.issues.map((issue) => issue.field).sort()).toEqual([
      'authors',
      'date',
      'description',
      'slug',
      'tags',
    ]);
  });

  it('rejects a slug that would escape its folder', () => {
    const result = check(valid.map((line) => (line.startsWith('slug') ? 'slug: ../etc/passwd' : line)));
    expect(result.issues[0]!.message).toMatch(/kebab-case/);
  });

  it('names an unknown field', () => {
    const result = check([...valid, 'tag: [career]']);
    expect(result.issues[0]).toMatchObject({ field: 'tag', unknownKey: 'tag', position: { line: 8 } });
  });

  it('rejects a title that is a number', () => {
    const result = check(valid.map((line) => (line.startsWith('title') ? 'title: 42' : line)));
    expect(result.issues[0]!.message).toMatch(/title must be text/);
  });
});
