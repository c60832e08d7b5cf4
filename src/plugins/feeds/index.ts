/**
 * Every feed of the site: RSS, Atom and JSON Feed (site.yml's `feeds`) for the blog, for each tag
 * and for each author, each with the newest `feedSize` stories in full. The blog plugin's own feed
 * is off (src/config/blog.ts) so that all of them are written here, the same way: by the blog
 * plugin's own feed writer (its items, absolute links), fed each set's stories, and then given a
 * `<dc:creator>` per author in RSS (./rss.ts). Tag and author pages name their feeds from the
 * global data this plugin sets (src/theme/FeedLinks).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { BlogContent, BlogPost, PluginOptions } from '@docusaurus/plugin-content-blog';
import { createBlogFeedFiles, createFeedHtmlHeadTags } from '@docusaurus/plugin-content-blog/lib/feed.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_FILES, loadSite, readAuthors, readTags, siteNow, type Site } from '@sde/content-engine';
import { feedsData, planFeeds, type FeedSet } from './plan';
import { withCreators } from './rss';
import { cachedFeedItems } from './items';

/** The feed options every set shares, as the blog plugin takes them. */
export function feedOptionsOf(site: Pick<Site, 'title' | 'description' | 'blog'>, now: Date = siteNow()) {
  return {
    type: site.blog.feeds,
    title: site.title,
    description: site.description ?? site.title,
    copyright: `Copyright © ${now.getUTCFullYear()} ${site.title}`,
    limit: site.blog.feedSize,
    xslt: { rss: null, atom: null },
  };
}

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

export default function feedsPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig, baseUrl } = context;
  const site = loadSite(siteDir);
  const shared = feedOptionsOf(site);
  let sets: FeedSet<BlogPost>[] = [];
  return {
    name: 'feeds',
    allContentLoaded: ({ allContent, actions }) => {
      const blog = allContent[BLOG_PLUGIN]?.default as BlogContent | undefined;
      sets = planFeeds({
        site,
        tags: readTags(site),
        authors: readAuthors(site),
        posts: blog?.blogPosts ?? [],
        baseUrl,
      });
      actions.setGlobalData(feedsData(sets, site, baseUrl));
    },
    // The blog's feeds on every page, as the blog plugin named them (it no longer does: its feed is off).
    injectHtmlTags: () =>
      sets.length === 0
        ? {}
        : {
            headTags: createFeedHtmlHeadTags({
              context,
              options: { routeBasePath: site.blog.routeBasePath, feedOptions: shared } as unknown as PluginOptions,
            }),
          },
    postBuild: async ({ outDir }) => {
      const started = performance.now();
      const createFeedItems = cachedFeedItems();
      const bylines = new Map<string, string[]>();
      for (const set of sets) {
        for (const post of set.posts)
          bylines.set(
            post.metadata.permalink,
            post.metadata.authors.map((a) => a.name ?? ''),
          );
      }
      const authorsOf = (guid: string) => bylines.get(new URL(guid).pathname);
      await Promise.all(
        sets.map(async (set) => {
          const options = {
            routeBasePath: set.route.slice(1),
            feedOptions: { ...shared, title: set.title, description: set.description, createFeedItems },
          } as unknown as PluginOptions;
          await createBlogFeedFiles({
            blogPosts: set.posts,
            options,
            siteConfig,
            outDir,
            locale: context.i18n.currentLocale,
            contentPaths: {
              contentPath: join(siteDir, site.blog.path),
              contentPathLocalized: join(siteDir, site.blog.path),
            },
          });
          const rss = join(outDir, set.route, FEED_FILES.rss);
          if (existsSync(rss)) writeFileSync(rss, withCreators(readFileSync(rss, 'utf8'), authorsOf));
        }),
      );
      const files = sets.length * site.blog.feeds.length;
      console.log(
        `[feeds] ${files} feeds (${sets.length} pages: the blog, its tags and authors) in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
