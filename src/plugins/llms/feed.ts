/**
 * Feed items as the blog plugin makes them (each story's HTML in full, links and images made
 * absolute), plus a link to the story's Markdown copy at the end of each.
 */
import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import { MARKDOWN_TYPE, markdownCopyUrl } from '../../lib/markdown-copy';

type CreateFeedItems = NonNullable<NonNullable<BlogOptions['feedOptions']>['createFeedItems']>;

export const feedItemsWithMarkdownLink: CreateFeedItems = async ({ defaultCreateFeedItems, ...params }) => {
  const items = await defaultCreateFeedItems(params);
  return items.map((item) => {
    const href = markdownCopyUrl(item.link).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const link = `<p><a href="${href}" type="${MARKDOWN_TYPE}">This story as Markdown</a></p>`;
    return { ...item, content: `${item.content ?? ''}\n${link}` };
  });
};
