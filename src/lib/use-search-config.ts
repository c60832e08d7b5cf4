/** The search settings for this site: its baseUrl, and what the build decided (src/plugins/search). */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { SearchConfig, SearchGlobalData } from './search-client';

export function useSearchConfig(): SearchConfig {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const { worker, page } = usePluginData('site-search') as SearchGlobalData;
  return { baseUrl, worker, page };
}
