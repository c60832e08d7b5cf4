/** Old URLs of posts (frontmatter `aliases`) as redirects: for src/config/redirects.ts and src/plugins/redirects. */
import type { Site } from '@sde/content-engine';
import { collectRedirects, type Redirect } from '@sde/content-engine/permalinks';
import { sitePosts } from './site-posts';

/** The alias redirects of the posts of `site`, read through the content model. */
export function aliasRedirects(site: Site): Redirect[] {
  return collectRedirects(
    site,
    sitePosts(site).map((post) => post.frontMatter),
  );
}
