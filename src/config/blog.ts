/** Options of the blog plugin: the stories. */
import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import { enrichBlogPosts } from '../lib/blog-posts';
import { readingTime } from '../lib/reading-time';
import rehypeSafeLinks from './rehype-safe-links';
import { listMarkdownFiles, BLOG_DIR } from '@sde/content-engine';
import { feedItemsWithMarkdownLink } from '../plugins/llms/feed';

/** Stories each feed carries, newest first, in full. */
export const FEED_SIZE = 20;

/**
 * The sidebar lists every story while the blog is small. Past this many posts it lists the newest
 * ones (the archive lists them all): every blog page carries the sidebar, so "all" would grow the
 * site's HTML with the square of the post count, and even 100 links were 13 KB of each page's 33 KB
 * at 1,000 posts, and a share of every page's render time.
 */
export const SIDEBAR_ALL_UP_TO = 10;
const postCount = listMarkdownFiles(process.cwd(), BLOG_DIR).length;

export const SITE_TITLE = 'Support-Driven Engineering';

export const blog: BlogOptions = {
  path: 'blog',
  routeBasePath: 'blog',
  // The archive is src/plugins/content-model's: it hands the page only what the page lists.
  archiveBasePath: null,
  blogTitle: 'Stories',
  blogDescription: 'Career stories of engineers who learned their craft in customer support.',
  tags: 'tags.yml',
  onInlineTags: 'throw',
  authorsMapPath: 'authors.yml',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'throw',
  showReadingTime: true,
  readingTime,
  rehypePlugins: [rehypeSafeLinks],
  blogSidebarCount: postCount <= SIDEBAR_ALL_UP_TO ? 'ALL' : SIDEBAR_ALL_UP_TO,
  blogSidebarTitle: postCount <= SIDEBAR_ALL_UP_TO ? 'All stories' : 'Recent stories',
  postsPerPage: 10,
  processBlogPosts: enrichBlogPosts,
  feedOptions: {
    type: 'all',
    title: SITE_TITLE,
    description: 'Career stories of engineers who learned their craft in customer support.',
    copyright: `Copyright © ${new Date().getFullYear()} ${SITE_TITLE}`,
    // The newest FEED_SIZE in full. Every post in full made each feed grow without bound (4 MB at 1,000
    // posts) and reading them back out of the built pages took more than 15 s of that build.
    limit: FEED_SIZE,
    // Each story's HTML in full (the stock items) and a link to its Markdown copy.
    createFeedItems: feedItemsWithMarkdownLink,
  },
};
