/**
 * Offline search: a page at /search, and after the build a Pagefind index of the stories and docs
 * (see ./indexer.ts). The box in the navbar is src/theme/SearchBar; both read the index with
 * src/lib/search-client.ts, only once the reader reaches for search.
 */
import type { AllContent, LoadContext, Plugin } from '@docusaurus/types';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { loadSite, namedRoute, withBaseUrl } from '@sde/content-engine';
import type { SearchGlobalData } from '../../lib/search-client';
import { writeSearchIndex } from './indexer';

/**
 * From this many stories and docs on, queries run in Pagefind's web worker. At 1,000 stories a
 * query took 100-500 ms of the main thread on this machine; even a small site's first query is a
 * long task on a throttled phone (80 ms for 29 pages, with Pagefind's start), where the worker's
 * 13 KB script costs no main-thread time. So always.
 */
export const WORKER_FROM_PAGES = 0;

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Stories and docs the index will hold, from the content plugins (every instance). */
export function countIndexedPages(allContent: AllContent): number {
  const instances = (name: string) => Object.values(allContent[name] ?? {});
  const posts = instances('docusaurus-plugin-content-blog').reduce(
    (sum: number, content) => sum + (content as BlogContent).blogPosts.length,
    0,
  );
  const docs = instances('docusaurus-plugin-content-docs').reduce(
    (sum: number, content) => sum + ((content as DocsContent).loadedVersions[0]?.docs.length ?? 0),
    0,
  );
  return posts + docs;
}

export default function searchPlugin(context: LoadContext): Plugin {
  const page = namedRoute(loadSite(context.siteDir), 'search');
  return {
    name: 'site-search',
    contentLoaded: async ({ actions }) => {
      actions.addRoute({
        path: withBaseUrl(context.baseUrl, page),
        component: '@theme/SearchPage',
        exact: true,
      });
    },
    allContentLoaded: async ({ allContent, actions }) => {
      const data: SearchGlobalData = { worker: countIndexedPages(allContent) >= WORKER_FROM_PAGES, page };
      actions.setGlobalData(data);
    },
    postBuild: async ({ outDir }) => {
      const stats = await writeSearchIndex(outDir);
      console.log(
        `[search] indexed ${stats.pages} pages into ${stats.files} files in ${seconds(stats.ms)}` +
          (stats.peakRssBytes ? ` (indexer CPU ${seconds(stats.cpuMs)}, peak memory ${mb(stats.peakRssBytes)})` : ''),
      );
    },
  };
}
