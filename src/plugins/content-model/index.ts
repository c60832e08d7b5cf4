/**
 * Reads the content model once per build and hands it to pages: blog/tags.yml and
 * blog/authors.yml for the authoring guide (so its lists can never drift from what the checks
 * accept), the newest stories for the home page, the featured ones for "Start here", and every
 * story's title, date and link for the archive. The blog plugin's own archive route is off
 * (src/config/blog.ts): it handed the page every post whole, text included (4.9 MB of JavaScript at
 * 1,000 posts, for a list of links).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { join } from 'node:path';
import {
  archiveRoute,
  authorsFile,
  isListed,
  loadSite,
  namedRoute,
  postRoute,
  readAuthors,
  readTags,
  siteRoutes,
  tagsFile,
  withBaseUrl,
  type SiteRoutes,
} from '@sde/content-engine';
import { coverPicture, type CoverPicture } from '../../lib/pictures';
import { sitePosts } from '../../lib/site-posts';
import type { TagsFile, AuthorsFile } from '@sde/content-engine';

export interface StorySummary {
  title: string;
  description: string;
  permalink: string;
  date: string;
  authors: string[];
  tags: string[];
  featured: boolean;
  /** The story's cover, small on the home page. */
  cover?: CoverPicture;
}

export interface ContentModelData {
  tags: TagsFile;
  authors: AuthorsFile;
  /** The site's routes (site.yml), without the base URL: `<Link>` adds it. */
  routes: SiteRoutes;
}

/** What the archive page lists of a story: the blog plugin's metadata shape, cut to these fields. */
export interface ArchivePost {
  metadata: Pick<StorySummary, 'title' | 'permalink' | 'date'>;
}

export interface ArchiveData {
  blogPosts: ArchivePost[];
}

interface Loaded extends Omit<ContentModelData, 'routes'> {
  stories: StorySummary[];
}

const HOME_STORIES = 6;

export default function contentModelPlugin(context: LoadContext): Plugin<Loaded> {
  const { siteDir, baseUrl } = context;
  const site = loadSite(siteDir);
  const routes = siteRoutes(site);
  return {
    name: 'content-model',
    getPathsToWatch: () => [
      join(siteDir, tagsFile(site)),
      join(siteDir, authorsFile(site)),
      join(siteDir, site.blog.path, '**/*.{md,mdx}'),
    ],
    loadContent: async () => {
      const tags = readTags(site);
      const authors = readAuthors(site);
      const stories = sitePosts(site)
        .filter(isListed)
        .map((post) => ({ post, fm: post.frontMatter }))
        .map(({ post, fm }) => ({
          title: fm.title,
          description: fm.description,
          permalink: withBaseUrl(baseUrl, postRoute(site, fm.slug)),
          date: fm.date.slice(0, 10),
          authors: fm.authors.map((key) => authors[key]?.name ?? key),
          tags: fm.tags.map((key) => tags[key]?.label ?? key),
          featured: fm.featured ?? false,
          ...(fm.cover ? { cover: coverPicture(site, post) } : {}),
        }));
      return { tags, authors, stories };
    },
    contentLoaded: async ({ content, actions }) => {
      const { tags, authors, stories } = content;
      actions.setGlobalData({ tags, authors, routes } satisfies ContentModelData);
      const recent = await actions.createData('recent-stories.json', JSON.stringify(stories.slice(0, HOME_STORIES)));
      actions.addRoute({
        path: withBaseUrl(baseUrl, routes.home),
        exact: true,
        component: '@site/src/components/HomePage.tsx',
        modules: { stories: recent },
      });
      const featured = await actions.createData(
        'featured-stories.json',
        JSON.stringify(stories.filter((story) => story.featured)),
      );
      actions.addRoute({
        path: withBaseUrl(baseUrl, namedRoute(site, 'startHere')),
        exact: true,
        component: '@site/src/components/StartHere.tsx',
        modules: { stories: featured },
      });
      if (stories.length === 0) return;
      const archive: ArchiveData = {
        blogPosts: stories.map(({ title, permalink, date }) => ({ metadata: { title, permalink, date } })),
      };
      actions.addRoute({
        path: withBaseUrl(baseUrl, archiveRoute(site)),
        exact: true,
        component: '@theme/BlogArchivePage',
        modules: { archive: await actions.createData('archive.json', JSON.stringify(archive)) },
      });
    },
  };
}
