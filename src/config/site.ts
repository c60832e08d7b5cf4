/** This site's manifest (site.yml at the root), read once for the configuration files. */
import { fileURLToPath } from 'node:url';
import { loadSite } from '@sde/content-engine';

export const SITE_DIR = fileURLToPath(new URL('../..', import.meta.url));

export const site = loadSite(SITE_DIR);
