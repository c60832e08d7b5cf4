/**
 * What a copy of this site needs besides its content in order to build (content is wherever
 * site.yml says). The one list for every tool that copies the site: the test helpers, the
 * benchmarks and the large-site browser run.
 */
import { MANIFEST_FILE, type Site } from '@sde/content-engine';

export const APP_FILES = [
  MANIFEST_FILE,
  'src',
  'scripts',
  'packages',
  'i18n',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'package.json',
  '.gitignore',
];

/** The site's content: posts and their data files, docs, and the static folder. */
export const contentFolders = (site: Pick<Site, 'blog' | 'docs' | 'static'>): string[] => [
  site.blog.path,
  site.docs.path,
  site.static,
];
