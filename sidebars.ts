import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'index',
    {
      type: 'category',
      label: 'Authoring',
      link: { type: 'doc', id: 'authoring/index' },
      items: ['authoring/frontmatter', 'authoring/components'],
    },
    { type: 'doc', id: 'handbook/index', label: 'Handbook' },
    'performance',
  ],
};

export default sidebars;
