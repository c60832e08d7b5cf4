import { describe, expect, it } from 'vitest';
import { relatedStories, relatedStoriesOfAll, type RankablePost } from '../../src/lib/related';

const post = (permalink: string, date: string, tags: string[], extra: Partial<RankablePost> = {}): RankablePost => ({
  permalink,
  title: permalink.slice(6),
  description: `About ${permalink}`,
  date,
  tags,
  ...extra,
});

const hiring = post('/blog/hiring-loop', '2024-03-01', ['hiring', 'career', 'engineering']);
const posts = [
  hiring,
  post('/blog/old-career', '2013-05-31', ['career', 'engineering']),
  post('/blog/new-career', '2025-01-10', ['career']),
  post('/blog/phones', '2026-01-01', ['customer-service']),
  post('/blog/secret', '2026-02-01', ['hiring', 'career', 'engineering'], { unlisted: true }),
  post('/blog/queue', '2020-07-07', ['customer-service', 'career']),
];

describe('relatedStories', () => {
  it('ranks by shared tags first, then newest first, and stops at three', () => {
    const related = relatedStories(hiring, posts);
    expect(related.map((story) => story.permalink)).toEqual(['/blog/old-career', '/blog/new-career', '/blog/queue']);
    expect(related[0]!.sharedTags).toEqual(['career', 'engineering']);
  });

  it('never recommends the post itself or an unlisted post', () => {
    const all = posts.flatMap((p) => relatedStories(p, posts, 10).map((story) => [p.permalink, story.permalink]));
    expect(all.filter(([self, other]) => self === other)).toEqual([]);
    expect(all.filter(([, other]) => other === '/blog/secret')).toEqual([]);
  });

  it('fills with the newest stories when few share a tag', () => {
    const phones = posts[3]!;
    expect(relatedStories(phones, posts).map((story) => [story.permalink, story.sharedTags.length])).toEqual([
      ['/blog/queue', 1],
      ['/blog/new-career', 0],
      ['/blog/hiring-loop', 0],
    ]);
  });

  it('returns nothing for a lone post', () => {
    expect(relatedStories(hiring, [hiring])).toEqual([]);
  });
});

describe('relatedStoriesOfAll', () => {
  it('ranks every post exactly as relatedStories does, on a blog with few tag sets and many ties', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const tags = ['career', 'hiring', 'customer-service', 'engineering', 'know-how'];
    const many = Array.from({ length: 400 }, (_, i) =>
      post(
        `/blog/story-${i}`,
        // Few distinct dates, so the title breaks many ties.
        `20${10 + Math.floor(next() * 5)}-0${1 + Math.floor(next() * 3)}-01`,
        [...new Set([tags[Math.floor(next() * 5)]!, tags[Math.floor(next() * 5)]!])],
        { title: `Story ${Math.floor(next() * 50)}`, unlisted: next() < 0.05 },
      ),
    );
    const fast = relatedStoriesOfAll(many);
    expect(fast).toEqual(many.map((p) => relatedStories(p, many)));
    expect(relatedStoriesOfAll([...posts, ...many], 5)).toEqual(
      [...posts, ...many].map((p) => relatedStories(p, [...posts, ...many], 5)),
    );
  });
});
