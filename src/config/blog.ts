/** Options of the blog plugin: the stories. */
import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import { enrichBlogPosts } from '../lib/blog-posts';
import rehypeSafeLinks from './rehype-safe-links';

export const SITE_TITLE = 'Support-Driven Engineering';

export const blog: BlogOptions = {
  path: 'blog',
  routeBasePath: 'blog',
  blogTitle: 'Stories',
  blogDescription: 'Career stories of engineers who learned their craft in customer support.',
  tags: 'tags.yml',
  onInlineTags: 'throw',
  authorsMapPath: 'authors.yml',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'throw',
  showReadingTime: true,
  rehypePlugins: [rehypeSafeLinks],
  blogSidebarCount: 'ALL',
  blogSidebarTitle: 'All stories',
  postsPerPage: 10,
  processBlogPosts: enrichBlogPosts,
  feedOptions: {
    type: 'all',
    title: SITE_TITLE,
    description: 'Career stories of engineers who learned their craft in customer support.',
    copyright: `Copyright © ${new Date().getFullYear()} ${SITE_TITLE}`,
    limit: false,
  },
};
