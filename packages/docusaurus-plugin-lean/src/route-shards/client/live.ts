/**
 * The browser's route table, registry and chunk names, which start with the home page's routes and
 * grow as shards load (see routes.ts). Docusaurus's client reads them where it would read the
 * generated files; they are objects it never replaces, so every reader sees what has loaded.
 */
import type { RouteConfig } from 'react-router-config';
import type { Registry, RouteChunkNames } from '@docusaurus/types';

export const registry: Registry = {};
export const chunkNames: RouteChunkNames = {};
export const routes: RouteConfig[] = [];
