import { describe, expect, it } from 'vitest';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus } from '../../scripts/bench/corpus';
import { sitePosts } from '../../src/lib/site-posts';
import { ROOT } from '../helpers/paths';
import { loadPosts, loadSite } from '@sde/content-engine';

describe('sitePosts', () => {
  it('reads the posts once while nothing changes, and again after an edit', () => {
    const corpus = makeCorpus(ROOT, { posts: 5, seed: 9 });
    try {
      const first = sitePosts(loadSite(corpus.dir));
      expect(first).toEqual(loadPosts(loadSite(corpus.dir)));
      expect(sitePosts(loadSite(corpus.dir))).toBe(first);
      const blog = join(corpus.dir, loadSite(corpus.dir).blog.path);
      const file = readdirSync(blog).find((name) => name.endsWith('.md'))!;
      appendFileSync(join(blog, file), '\nAn added line.\n');
      const second = sitePosts(loadSite(corpus.dir));
      expect(second).not.toBe(first);
      expect(second.find((post) => post.path.endsWith(file))!.content).toMatch(/An added line\.\n$/);
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  });
});
