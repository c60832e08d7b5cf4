/** Offline full-text search: the index is built with the site and fetched only when the box is used. */
import type { PluginConfig } from '@docusaurus/types';

export const search: PluginConfig = [
  '@easyops-cn/docusaurus-search-local',
  {
    hashed: true,
    language: ['en'],
    indexDocs: true,
    docsRouteBasePath: 'docs',
    indexBlog: true,
    blogRouteBasePath: 'blog',
    indexPages: false,
    // Lists of posts (author pages, the archive, pagination) would show up as results with no
    // title of their own; the stories themselves are indexed.
    ignoreFiles: [/^blog\/authors(\/|$)/, /^blog\/archive$/, /^blog\/page\//],
    // A search page at /search, so a query can be shared and opened without the dropdown.
    explicitSearchResultPath: true,
    searchResultLimits: 8,
    // The ctrl+K hint is drawn in a grey that fails AA contrast; the shortcut itself still works.
    searchBarShortcutHint: false,
  },
];
