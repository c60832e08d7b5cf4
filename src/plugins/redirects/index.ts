/**
 * After the build, writes what the client-redirects plugin does not: `build/_redirects` (real 301s
 * on Netlify and Cloudflare Pages) and a redirect page at the exact path of each `.html` alias.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { aliasRedirects } from '../../lib/alias-redirects';
import { loadSite } from '@sde/content-engine';
import { exactHtmlAliases, formatRedirectsFile, redirectPageHtml } from '@sde/content-engine/permalinks';

export default function redirectsPlugin(context: LoadContext): Plugin {
  const { siteDir, baseUrl, siteConfig } = context;
  return {
    name: 'site-redirects',
    postBuild: async ({ outDir }) => {
      const redirects = aliasRedirects(loadSite(siteDir));
      writeFileSync(join(outDir, '_redirects'), formatRedirectsFile(redirects, baseUrl));
      for (const { from, to } of exactHtmlAliases(redirects)) {
        const file = join(outDir, from);
        // Never overwrite a real page that happens to live at the old path.
        if (existsSync(file)) continue;
        const target = `${baseUrl.replace(/\/$/, '')}${to}`;
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, redirectPageHtml(target, new URL(target, siteConfig.url).href));
      }
    },
  };
}
