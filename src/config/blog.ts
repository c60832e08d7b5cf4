/** Options of the blog plugin: the stories. */
import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import { enrichBlogPosts } from '../lib/blog-posts';
import { readingTime } from '../lib/reading-time';
import rehypeSafeLinks from './rehype-safe-links';
import { listPostFiles, type Site } from '@sde/content-engine';
import { remarkPicturesEntry } from './pictures';

/**
 * The sidebar lists every story while the blog is small. Past this many posts it lists the newest
 * ones (the archive lists them all): every blog page carries the sidebar, so "all" would grow the
 * site's HTML with the square of the post count, and even 100 links were 13 KB of each page's 33 KB
 * at 1,000 posts, and a share of every page's render time.
 */
export const SIDEBAR_ALL_UP_TO = 10;

/** The blog plugin's options for `site`: its folders, routes and sizes come from site.yml. */
export function blogOptions(site: Site): BlogOptions {
  const postCount = listPostFiles(site).length;
  return {
    path: site.blog.path,
    routeBasePath: site.blog.routeBasePath,
    tagsBasePath: site.blog.tagsBasePath,
    authorsBasePath: site.blog.authorsBasePath,
    pageBasePath: site.blog.pageBasePath,
    // The archive is src/plugins/content-model's, at site.blog.archiveBasePath: it hands the page only
    // what the page lists.
    archiveBasePath: null,
    blogTitle: 'Stories',
    blogDescription: site.description,
    tags: site.blog.tags,
    onInlineTags: 'throw',
    authorsMapPath: site.blog.authors,
    onInlineAuthors: 'throw',
    onUntruncatedBlogPosts: 'throw',
    showReadingTime: true,
    readingTime,
    beforeDefaultRemarkPlugins: [remarkPicturesEntry(site)],
    rehypePlugins: [rehypeSafeLinks],
    blogSidebarCount: postCount <= SIDEBAR_ALL_UP_TO ? 'ALL' : SIDEBAR_ALL_UP_TO,
    blogSidebarTitle: postCount <= SIDEBAR_ALL_UP_TO ? 'All stories' : 'Recent stories',
    postsPerPage: site.blog.postsPerPage,
    processBlogPosts: (args) => enrichBlogPosts(args, site),
    // Every feed, the blog's included, is src/plugins/feeds': it writes the blog's, each tag's and
    // each author's the same way, from this plugin's posts.
    feedOptions: { type: null },
  };
}
