/**
 * Offline search: a page at /search, and after the build a Pagefind index of the stories and docs
 * (see ./indexer.ts). The box in the navbar is src/theme/SearchBar; both read the index with
 * src/lib/search-client.ts, only once the reader reaches for search.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadSite, namedRoute, withBaseUrl } from '@sde/content-engine';
import type { SearchGlobalData } from '../../lib/search-client';
import { writeSearchIndex } from './indexer';

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

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
      // Queries always run in Pagefind's web worker: even a small site's first query is a long
      // task on a throttled phone (80 ms for 29 pages), and the worker's 13 KB script costs the
      // main thread nothing. Set here, not in allContentLoaded: global data set there is merged in
      // the order plugins finish, so two plugins setting it there (feeds does) make main.js differ
      // from one build to the next.
      const data: SearchGlobalData = { worker: true, page };
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
