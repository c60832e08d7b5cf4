/**
 * Offline search: a page at /search, and after the build a Pagefind index of the stories and docs
 * (see ./indexer.ts). The box in the navbar is src/theme/SearchBar; both read the index with
 * src/lib/search-client.ts, only once the reader reaches for search.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { SEARCH_PAGE_PATH } from '../../lib/search-client';
import { writeSearchIndex } from './indexer';

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

export default function searchPlugin(context: LoadContext): Plugin {
  return {
    name: 'site-search',
    contentLoaded: async ({ actions }) => {
      actions.addRoute({
        path: `${context.baseUrl}${SEARCH_PAGE_PATH}`,
        component: '@theme/SearchPage',
        exact: true,
      });
    },
    postBuild: async ({ outDir }) => {
      const stats = await writeSearchIndex(outDir);
      console.log(
        `[search] indexed ${stats.pages} pages into ${stats.files} files in ${(stats.ms / 1000).toFixed(1)} s` +
          (stats.peakRssBytes ? ` (indexer peak memory ${mb(stats.peakRssBytes)})` : ''),
      );
    },
  };
}
