/** Old URLs of posts (frontmatter `aliases`) become redirects; see also src/plugins/redirects. */
import type { PluginConfig } from '@docusaurus/types';
import type { Site } from '@sde/content-engine';
import { aliasRedirects } from '../lib/alias-redirects';

/**
 * The client-redirects plugin writes a meta-refresh page at every alias but the `.html` ones, which
 * src/plugins/redirects writes at their exact path (the plugin's `<name>.html.html` copy served no
 * URL, and was invalid HTML).
 */
export const clientRedirects = (site: Site): PluginConfig => [
  '@docusaurus/plugin-client-redirects',
  { redirects: aliasRedirects(site).filter(({ from }) => !from.endsWith('.html')) },
];
