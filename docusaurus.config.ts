import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { markdown } from './src/config/markdown';
import { site } from './src/config/site';
import { blogOptions } from './src/config/blog';
import { navbar, footer } from './src/config/theme';
import rehypeSafeLinks from './src/config/rehype-safe-links';
import { clientRedirects } from './src/config/redirects';
import { search } from './src/config/search';
import { accessiblePrismTheme } from './src/config/contrast';
import { vcs } from './src/config/vcs';
import { remarkPicturesEntry, staticDirectories } from './src/config/pictures';

const config: Config = {
  title: site.title,
  tagline: 'Engineers who learned their craft from customer support',
  url: process.env.SITE_URL ?? 'https://support-driven-engineering.github.io',
  baseUrl: process.env.BASE_URL ?? '/',
  trailingSlash: false,
  favicon: 'img/favicon.svg',
  staticDirectories: staticDirectories(site),

  // Docs' last-updated dates come from Git, when there is a Git worktree (see src/config/vcs.ts).
  future: { v4: true, experimental_vcs: vcs(__dirname) },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Its check reports a wrong baseUrl whenever React has not run by DOMContentLoaded, which is
  // now always: with @sde/docusaurus-plugin-lean's islands, reader pages never hydrate. A wrong
  // baseUrl still fails the browser tests, which load every page's scripts and assets.
  baseUrlIssueBanner: false,
  markdown,

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          path: site.docs.path,
          routeBasePath: site.docs.routeBasePath,
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: true,
          beforeDefaultRemarkPlugins: [remarkPicturesEntry(site)],
          rehypePlugins: [rehypeSafeLinks],
        },
        blog: blogOptions(site),
        theme: { customCss: './src/css/custom.css' },
        // A story's lastmod is its frontmatter's `updated` (src/lib/schedule.ts), never a commit's date.
        sitemap: { lastmod: 'date' },
        // The dev server's debug pages: each plugin reloaded on a save rewrites their one data file at
        // once, and the page now and then read it half-written ("Compiled with problems").
        debug: false,
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './src/plugins/content-model/index.ts',
    './src/plugins/series/index.ts',
    './src/plugins/content-checks/index.ts',
    clientRedirects(site),
    './src/plugins/redirects/index.ts',
    './src/plugins/og-image/index.ts',
    './src/plugins/images/index.ts',
    // Flat JS per page as the blog grows; reader pages never hydrate: they run the islands
    // (the plugin's and src/islands/), and only pages that ask (search) start React.
    ['@sde/docusaurus-plugin-lean', { islands: { siteEntry: './src/islands/index.ts' } }],
    './src/plugins/llms/index.ts',
    './src/plugins/feeds/index.ts',
  ],

  themes: [search],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: navbar(site),
    footer: footer(site),
    prism: { theme: accessiblePrismTheme(prismThemes.github), darkTheme: accessiblePrismTheme(prismThemes.dracula) },
  } satisfies Preset.ThemeConfig,
};

export default config;
