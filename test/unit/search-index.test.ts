/**
 * The search index (src/plugins/search/indexer.ts) holds the pages that mark their content with
 * data-pagefind-body and nothing else, never reads the Markdown copies, and keeps only the files
 * the site's own search loads. Runs Pagefind's real indexer on a tiny built site.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_CHUNK_POSITIONS, SEARCH_BUNDLE_DIR, writeSearchIndex } from '../../src/plugins/search/indexer';
import { pageUrl, searchPageHref } from '../../src/lib/search-client';
import { parseIndexLine, parseSearchSizes } from '../../scripts/bench/search';

const page = (title: string, body: string, marked: boolean) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>` +
  `<nav>Stories Tags Authors</nav><h1>${title}</h1>` +
  `<div${marked ? ' data-pagefind-body=""' : ''}><p>${body}</p></div><footer>Footer words</footer></body></html>`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'sde-search-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('writeSearchIndex', () => {
  it('indexes the marked pages only, skips Markdown copies, and drops the interfaces the site does not load', async () => {
    const outDir = site({
      'blog/a-story.html': page('A story', 'The queue taught me patience.', true),
      'docs/guide.html': page('The guide', 'How to write a story.', true),
      'blog/tags/career.html': page('Tagged career', 'A list of stories about patience.', false),
      'index.html': page('Home', 'Welcome, patient reader.', false),
      'blog/a-story.md': '# A story\n\nThe queue taught me patience.\n',
    });
    const stats = await writeSearchIndex(outDir);
    expect(stats.pages).toBe(2);
    const files = readdirSync(join(outDir, SEARCH_BUNDLE_DIR), { recursive: true, encoding: 'utf8' });
    expect(files).toContain('pagefind.js');
    expect(files.filter((name) => name.startsWith('fragment/'))).toHaveLength(2);
    expect(files.filter((name) => /ui\.(js|css)$|highlight/.test(name))).toEqual([]);
    expect(files.filter((name) => /^wasm\./.test(name))).toEqual(['wasm.en.pagefind']);
    expect(stats.files).toBe(files.length);
  });

  it('splits the index into files of a few thousand word positions, so a query fetches little of it', async () => {
    // 10,000 positions of 500 words: Pagefind's default would write one file; ours, several.
    const words = Array.from({ length: 10_000 }, (_, i) => `word${(i * 7) % 500}`).join(' ');
    const outDir = site({
      'blog/long.html': page('Long', words, true),
      'index.html': page('Home', 'Not a story.', false),
    });
    await writeSearchIndex(outDir);
    const chunks = readdirSync(join(outDir, SEARCH_BUNDLE_DIR, 'index'));
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(10_000 / INDEX_CHUNK_POSITIONS));
  });

  it('fails the build, saying why, when no page is marked for the index (Pagefind would index every page whole)', async () => {
    const outDir = site({
      'index.html': page('Home', 'Nothing marked here.', false),
      '404.html': page('Not found', 'No such page.', false),
    });
    await expect(writeSearchIndex(outDir)).rejects.toThrow(/data-pagefind-body/);
  });
});

describe('search client', () => {
  it('maps the built file to the page URL the site serves (trailingSlash: false)', () => {
    expect(pageUrl('/blog/a-story.html')).toBe('/blog/a-story');
    expect(pageUrl('/docs/guide.html#tags')).toBe('/docs/guide#tags');
    expect(pageUrl('/docs/')).toBe('/docs/');
    expect(pageUrl('/blog/html-tips')).toBe('/blog/html-tips');
  });

  it('links the search page with the query, encoded', () => {
    expect(searchPageHref({ baseUrl: '/', page: '/search' }, 'customer support')).toBe('/search?q=customer+support');
    expect(searchPageHref({ baseUrl: '/base/', page: '/search' }, '')).toBe('/base/search');
  });
});

describe('the search benchmark', () => {
  it("reads the indexing time and memory from the build's log", () => {
    const log = 'other\n[search] indexed 1006 pages into 1060 files in 3.2 s (indexer CPU 2.9 s, peak memory 95 MB)\n';
    expect(parseIndexLine(log)).toEqual({ ms: 3200, cpuMs: 2900, peakRssBytes: 95 * 1024 ** 2 });
    expect(parseIndexLine('no such line').ms).toBeNaN();
  });

  it('takes sizes as post counts or "site", and refuses anything else', () => {
    expect(parseSearchSizes('site,1000')).toEqual(['site', 1000]);
    expect(() => parseSearchSizes('site,lots')).toThrow(/search size lots/);
  });
});
