/**
 * Offline full-text search over the stories and docs: a Pagefind index written after the build,
 * fetched in small parts once the reader reaches for the search box (src/plugins/search).
 */
import type { PluginConfig } from '@docusaurus/types';

export const search: PluginConfig = './src/plugins/search/index.ts';
