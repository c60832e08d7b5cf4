/**
 * Viewport prefetching in idle time: Docusaurus's client prefetch helper is swapped for
 * prefetch.ts, which appends the links when the browser is idle, each URL once. The route shards'
 * own `window.docusaurus` (route-shards/client/docusaurus.ts) asks for the helper the same way
 * core's does, and gets the same answer.
 */
import { fileURLToPath } from 'node:url';
import { CORE_CLIENT, exactly, type Swap } from '../shared';

export const PREFETCH_REQUEST = /^\.\/prefetch(\.js)?$/;
export const IDLE_PREFETCH = fileURLToPath(new URL('./prefetch.ts', import.meta.url));
/** The folder of the route shards' client modules. */
export const ROUTE_SHARDS_CLIENT = exactly(fileURLToPath(new URL('../route-shards/client', import.meta.url)));

export const IDLE_PREFETCH_SWAPS: Swap[] = [
  { request: PREFETCH_REQUEST, from: CORE_CLIENT, to: IDLE_PREFETCH },
  { request: PREFETCH_REQUEST, from: ROUTE_SHARDS_CLIENT, to: IDLE_PREFETCH },
];
