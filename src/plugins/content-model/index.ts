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
import { isListed, readTags, readAuthors, TAGS_FILE, AUTHORS_FILE, BLOG_DIR } from '@sde/content-engine';
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
}

export interface ContentModelData {
  tags: TagsFile;
  authors: AuthorsFile;
}

/** What the archive page lists of a story: the blog plugin's metadata shape, cut to these fields. */
export interface ArchivePost {
  metadata: Pick<StorySummary, 'title' | 'permalink' | 'date'>;
}

export interface ArchiveData {
  blogPosts: ArchivePost[];
}

/** The archive's path under the blog, as the blog plugin would give it. */
export const ARCHIVE_PATH = 'blog/archive';

interface Loaded extends ContentModelData {
  stories: StorySummary[];
}

const HOME_STORIES = 6;

export default function contentModelPlugin(context: LoadContext): Plugin<Loaded> {
  const { siteDir, baseUrl } = context;
  return {
    name: 'content-model',
    getPathsToWatch: () => [
      join(siteDir, TAGS_FILE),
      join(siteDir, AUTHORS_FILE),
      join(siteDir, BLOG_DIR, '**/*.{md,mdx}'),
    ],
    loadContent: async () => {
      const tags = readTags(siteDir);
      const authors = readAuthors(siteDir);
      const stories = sitePosts(siteDir)
        .filter(isListed)
        .map(({ frontMatter: fm }) => ({
          title: fm.title,
          description: fm.description,
          permalink: `${baseUrl}blog/${fm.slug}`,
          date: fm.date.slice(0, 10),
          authors: fm.authors.map((key) => authors[key]?.name ?? key),
          tags: fm.tags.map((key) => tags[key]?.label ?? key),
          featured: fm.featured ?? false,
        }));
      return { tags, authors, stories };
    },
    contentLoaded: async ({ content, actions }) => {
      const { tags, authors, stories } = content;
      actions.setGlobalData({ tags, authors } satisfies ContentModelData);
      const recent = await actions.createData('recent-stories.json', JSON.stringify(stories.slice(0, HOME_STORIES)));
      actions.addRoute({
        path: baseUrl,
        exact: true,
        component: '@site/src/components/HomePage.tsx',
        modules: { stories: recent },
      });
      const featured = await actions.createData(
        'featured-stories.json',
        JSON.stringify(stories.filter((story) => story.featured)),
      );
      actions.addRoute({
        path: `${baseUrl}start-here`,
        exact: true,
        component: '@site/src/components/StartHere.tsx',
        modules: { stories: featured },
      });
      if (stories.length === 0) return;
      const archive: ArchiveData = {
        blogPosts: stories.map(({ title, permalink, date }) => ({ metadata: { title, permalink, date } })),
      };
      actions.addRoute({
        path: `${baseUrl}${ARCHIVE_PATH}`,
        exact: true,
        component: '@theme/BlogArchivePage',
        modules: { archive: await actions.createData('archive.json', JSON.stringify(archive)) },
      });
    },
  };
}
