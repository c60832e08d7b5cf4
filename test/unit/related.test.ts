import { describe, expect, it } from 'vitest';
import { relatedStories, type RankablePost } from '../../src/lib/related';

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
