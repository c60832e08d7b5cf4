/**
 * The series pages: one per series of the blog's series file, listing its parts in order with
 * their descriptions, and an index of every series (only on a site that has series). Routes come
 * from site.yml through the content engine; each page gets only its own data.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { join } from 'node:path';
import {
  groupBySeries,
  isListed,
  loadSite,
  placeOf,
  postRoute,
  readAuthors,
  readSeries,
  seriesFile,
  seriesIndexRoute,
  seriesLength,
  seriesRoute,
  withBaseUrl,
  type LoadedPost,
} from '@sde/content-engine';
import { sitePosts } from '../../lib/site-posts';

export interface SeriesPart {
  part: number;
  title: string;
  description: string;
  permalink: string;
  date: string;
  authors: string[];
}

/** A series page's data. */
export interface SeriesPageData {
  key: string;
  title: string;
  description: string;
  /** The index of every series, without the base URL (`<Link>` adds it). */
  index: string;
  /** The highest part number: "4 parts" even while part 3 is still to come. */
  length: number;
  parts: SeriesPart[];
}

export interface SeriesSummary {
  key: string;
  title: string;
  description: string;
  route: string;
  /** Parts published, and the highest part number. */
  published: number;
  length: number;
}

/** The index page's data. */
export interface SeriesIndexData {
  series: SeriesSummary[];
}

/** What every page may ask of this plugin: whether the site has series, and where their index is. */
export interface SeriesGlobalData {
  count: number;
  index: string;
}

interface Loaded {
  pages: SeriesPageData[];
}

/** Every series of the file, in its order, with its listed parts. Pure over its inputs. */
export function seriesPages(
  site: Parameters<typeof seriesRoute>[0],
  posts: readonly LoadedPost[],
  vocabulary: ReturnType<typeof readSeries>,
  authorName: (key: string) => string,
  baseUrl = '/',
): SeriesPageData[] {
  const groups = groupBySeries(posts.filter(isListed), (post) => placeOf(post.frontMatter));
  return Object.entries(vocabulary).map(([key, series]) => {
    const parts = groups.get(key) ?? [];
    return {
      key,
      title: series.title,
      description: series.description,
      index: seriesIndexRoute(site),
      length: seriesLength(parts),
      parts: parts.map(({ part, item: { frontMatter: fm } }) => ({
        part,
        title: fm.title,
        description: fm.description,
        permalink: withBaseUrl(baseUrl, postRoute(site, fm.slug)),
        date: fm.date.slice(0, 10),
        authors: fm.authors.map(authorName),
      })),
    };
  });
}

export default function seriesPlugin(context: LoadContext): Plugin<Loaded> {
  const { siteDir, baseUrl } = context;
  const site = loadSite(siteDir);
  return {
    name: 'series',
    getPathsToWatch: () => [join(siteDir, seriesFile(site)), join(siteDir, site.blog.path, '**/*.{md,mdx}')],
    loadContent: async () => {
      const authors = readAuthors(site);
      const pages = seriesPages(site, sitePosts(site), readSeries(site), (key) => authors[key]?.name ?? key, baseUrl);
      return { pages };
    },
    contentLoaded: async ({ content: { pages }, actions }) => {
      actions.setGlobalData({ count: pages.length, index: seriesIndexRoute(site) } satisfies SeriesGlobalData);
      if (pages.length === 0) return;
      for (const page of pages) {
        actions.addRoute({
          path: withBaseUrl(baseUrl, seriesRoute(site, page.key)),
          exact: true,
          component: '@site/src/components/SeriesPage.tsx',
          modules: { series: await actions.createData(`series-${page.key}.json`, JSON.stringify(page)) },
        });
      }
      const index: SeriesIndexData = {
        series: pages.map((page) => ({
          key: page.key,
          title: page.title,
          description: page.description,
          route: seriesRoute(site, page.key),
          published: page.parts.length,
          length: page.length,
        })),
      };
      actions.addRoute({
        path: withBaseUrl(baseUrl, seriesIndexRoute(site)),
        exact: true,
        component: '@site/src/components/SeriesIndex.tsx',
        modules: { index: await actions.createData('series-index.json', JSON.stringify(index)) },
      });
    },
  };
}
