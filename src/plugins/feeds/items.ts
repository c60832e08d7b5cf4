/**
 * Feed items, each made once however many feeds carry its story: a story is in the blog's feed,
 * its tags' and its authors' feeds, and making an item reads the built page back. The items are
 * the site feed's (src/plugins/llms/feed.ts: the story's HTML in full, plus a link to its Markdown
 * copy), dated as the story is: `published` its date, `date` its last update (Atom's `<updated>`,
 * JSON Feed's `date_modified`), or its date when it has none.
 */
import type { BlogPost, Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import { feedItemsWithMarkdownLink } from '../llms/feed';

type CreateFeedItems = NonNullable<NonNullable<BlogOptions['feedOptions']>['createFeedItems']>;
type FeedItem = Awaited<ReturnType<CreateFeedItems>>[number];

/** The item's dates from the post: published on its date, updated on its `lastUpdatedAt` if any. */
export function datedItem(item: FeedItem, post: Pick<BlogPost, 'metadata'>): FeedItem {
  const published = new Date(post.metadata.date);
  const updated = post.metadata.lastUpdatedAt ? new Date(post.metadata.lastUpdatedAt) : published;
  return { ...item, published, date: updated };
}

/** A createFeedItems that makes each story's item once and hands out copies of it afterwards. */
export function cachedFeedItems(): CreateFeedItems {
  const made = new Map<string, Promise<FeedItem>>();
  return async (params) => {
    const missing = params.blogPosts.filter((post) => !made.has(post.metadata.permalink));
    if (missing.length > 0) {
      const items = feedItemsWithMarkdownLink({ ...params, blogPosts: missing });
      missing.forEach((post, index) =>
        made.set(
          post.metadata.permalink,
          items.then((all) => datedItem(all[index]!, post)),
        ),
      );
    }
    return Promise.all(params.blogPosts.map((post) => made.get(post.metadata.permalink)!));
  };
}
