/** Navigation and footer. */
import type * as Preset from '@docusaurus/preset-classic';
import { SITE_TITLE } from './blog';

export const navbar: Preset.ThemeConfig['navbar'] = {
  title: SITE_TITLE,
  logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
  items: [
    { to: '/start-here', label: 'Start here', position: 'left' },
    { to: '/blog', label: 'Stories', position: 'left' },
    { to: '/blog/tags', label: 'Tags', position: 'left' },
    { to: '/blog/authors', label: 'Authors', position: 'left' },
    { type: 'docSidebar', sidebarId: 'guide', label: 'Guide', position: 'left' },
  ],
};

export const footer: Preset.ThemeConfig['footer'] = {
  style: 'dark',
  links: [
    {
      title: 'Read',
      items: [
        { label: 'Start here', to: '/start-here' },
        { label: 'All stories', to: '/blog' },
        { label: 'Archive', to: '/blog/archive' },
        { label: 'Tags', to: '/blog/tags' },
        { label: 'Search', to: '/search' },
      ],
    },
    {
      title: 'Write',
      items: [
        { label: 'Authoring guide', to: '/docs/authoring' },
        { label: 'Handbook', to: '/docs/handbook' },
      ],
    },
    {
      title: 'Follow',
      items: [
        { label: 'RSS', href: 'pathname:///blog/rss.xml' },
        { label: 'Atom', href: 'pathname:///blog/atom.xml' },
        { label: 'JSON Feed', href: 'pathname:///blog/feed.json' },
      ],
    },
  ],
  copyright: `© ${new Date().getFullYear()} ${SITE_TITLE}. Stories belong to their authors.`,
};
