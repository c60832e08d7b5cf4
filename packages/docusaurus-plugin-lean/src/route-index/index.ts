/**
 * Route matching that does not grow with the number of routes (see match.ts): Docusaurus's client
 * gets router-config.ts where it asks for react-router-config.
 */
import { fileURLToPath } from 'node:url';
import { CORE_CLIENT, type Swap } from '../shared';

/** Where the requests come from: Docusaurus's client (App, preload, normalizeLocation, renderRoutes). */
export { CORE_CLIENT };
export const ROUTER_CONFIG_REQUEST = /^react-router-config$/;
export const ROUTER_CONFIG = fileURLToPath(new URL('./router-config.ts', import.meta.url));

export const ROUTE_INDEX_SWAPS: Swap[] = [{ request: ROUTER_CONFIG_REQUEST, from: CORE_CLIENT, to: ROUTER_CONFIG }];
