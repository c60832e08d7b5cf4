/** Old URLs of posts (frontmatter `aliases`) become redirects; see also src/plugins/redirects. */
import type { PluginConfig } from '@docusaurus/types';
import { sitePosts } from '../lib/site-posts';
import { collectRedirects } from '@sde/content-engine/permalinks';

/** The alias redirects of the posts in `siteDir`, read through the content model. */
export function aliasRedirects(siteDir: string) {
  return collectRedirects(sitePosts(siteDir).map((post) => post.frontMatter));
}

/**
 * The client-redirects plugin writes a meta-refresh page at every alias but the `.html` ones, which
 * src/plugins/redirects writes at their exact path (the plugin's `<name>.html.html` copy served no
 * URL, and was invalid HTML).
 */
export const clientRedirects: PluginConfig = [
  '@docusaurus/plugin-client-redirects',
  { redirects: aliasRedirects(process.cwd()).filter(({ from }) => !from.endsWith('.html')) },
];
