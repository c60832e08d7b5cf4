/** Navigation and footer: every route from site.yml. */
import type * as Preset from '@docusaurus/preset-classic';
import { readSeries, siteNow, siteRoutes, type Site } from '@sde/content-engine';

export function navbar(site: Site): Preset.ThemeConfig['navbar'] {
  const routes = siteRoutes(site);
  return {
    title: site.title,
    logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
    items: [
      { to: routes.pages.startHere, label: 'Start here', position: 'left' },
      { to: routes.blog, label: 'Stories', position: 'left' },
      { to: routes.tags, label: 'Tags', position: 'left' },
      { to: routes.authors, label: 'Authors', position: 'left' },
      { type: 'docSidebar', sidebarId: 'guide', label: 'Guide', position: 'left' },
    ],
  };
}

export function footer(site: Site): Preset.ThemeConfig['footer'] {
  const routes = siteRoutes(site);
  const feed = (route: string | undefined) => `pathname://${route}`;
  return {
    style: 'dark',
    links: [
      {
        title: 'Read',
        items: [
          { label: 'Start here', to: routes.pages.startHere },
          { label: 'All stories', to: routes.blog },
          { label: 'Archive', to: routes.archive },
          { label: 'Tags', to: routes.tags },
          // The series' index exists on a site with series only (src/plugins/series).
          ...(Object.keys(readSeries(site)).length > 0 ? [{ label: 'Series', to: routes.series }] : []),
          { label: 'Search', to: routes.pages.search },
        ],
      },
      {
        title: 'Write',
        items: [
          { label: 'Authoring guide', to: `${routes.docs}/authoring` },
          { label: 'Handbook', to: `${routes.docs}/handbook` },
        ],
      },
      {
        title: 'Follow',
        items: [
          { label: 'RSS', href: feed(routes.feeds.rss) },
          { label: 'Atom', href: feed(routes.feeds.atom) },
          { label: 'JSON Feed', href: feed(routes.feeds.json) },
        ],
      },
    ],
    copyright: `© ${siteNow().getUTCFullYear()} ${site.title}. Stories belong to their authors.`,
  };
}
