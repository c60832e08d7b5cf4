import { describe, expect, it } from 'vitest';
import { countWords, readingTime } from '../../src/lib/reading-time';
import { makeCorpus } from '../../scripts/bench/corpus';
import { rmSync } from 'node:fs';
import { ROOT } from '../helpers/paths';
import { copySite } from '../helpers/site';
import { loadPosts, loadSite } from '@sde/content-engine';

/** Docusaurus's own count (plugin-content-blog's readingTime.js). */
function segmenterWords(text: string): number {
  return [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
}

const minutes = (content: string) => {
  const defaultReadingTime = ({ content: text }: { content: string }) =>
    Math.round((segmenterWords(text) / 200) * 100) / 100;
  return readingTime({ content, locale: 'en', frontMatter: {} as never, defaultReadingTime });
};

describe('reading time without a word segmenter', () => {
  it('counts the words Intl.Segmenter counts in the seed stories and generated ones, to within 1%', () => {
    const corpus = makeCorpus(ROOT, { posts: 40, seed: 3 });
    const seeds = copySite({ posts: 'seeds' });
    try {
      const posts = [...loadPosts(loadSite(seeds.dir)), ...loadPosts(loadSite(corpus.dir))];
      expect(posts.length).toBeGreaterThan(40);
      for (const { path, content } of posts) {
        const expected = segmenterWords(content);
        expect(Math.abs(countWords(content) - expected), path).toBeLessThanOrEqual(Math.ceil(expected / 100));
      }
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
      seeds.dispose();
    }
  });

  it('counts words joined by apostrophes, points and colons once, and markup as the segmenter does', () => {
    const text =
      "Don't panic: v3.5 of example.org shipped 1,000 times. [Read it](/docs/authoring#tags) — **twice**, 10:30, a:b.";
    expect(countWords(text)).toBe(segmenterWords(text));
  });

  it('leaves text in other scripts to the default count', () => {
    expect(minutes('顧客サポートから学んだエンジニア')).toBe(
      Math.round((segmenterWords('顧客サポートから学んだエンジニア') / 200) * 100) / 100,
    );
    expect(minutes('word '.repeat(400))).toBe(2);
    expect(minutes('')).toBe(0);
  });
});
