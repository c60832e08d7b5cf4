/**
 * The route table in shards. In the production browser bundle, the generated route table, chunk
 * names and registry are the ones in client/, which start with the home page's routes and load the
 * rest in shards (shards.ts) instead of carrying every route in main.js; Docusaurus's preload,
 * `window.docusaurus` and App's renderRoutes load a path's shard before they match it. The build's
 * renderer keeps the whole table, and so does the dev server, which rewrites it as content changes.
 */
import { fileURLToPath } from 'node:url';
import { ANYWHERE, CORE_CLIENT, type Swap } from '../shared';
import { readGeneratedRouteFiles } from './generated';
import { writeShards } from './shards';

export const GENERATED_ROUTES = /^@generated\/routes$/;
export const GENERATED_CHUNK_NAMES = /^@generated\/routesChunkNames$/;
export const GENERATED_REGISTRY = /^@generated\/registry$/;
/** The client's preload helper, `window.docusaurus`, and App.js's renderRoutes, which read the table. */
export const PRELOAD_REQUEST = /^\.\/preload(\.js)?$/;
export const DOCUSAURUS_REQUEST = /^\.\/docusaurus(\.js)?$/;
export const RENDER_ROUTES_REQUEST = /^@docusaurus\/renderRoutes$/;
const CLIENT = (file: string) => fileURLToPath(new URL(`./client/${file}`, import.meta.url));

/**
 * Async chunks are named by id and the build's hash: the runtime then builds a chunk's URL without a
 * map of every chunk's own hash, which grew with every post.
 */
export const CHUNK_FILENAME = 'assets/js/[id].[fullhash:8].js';
/** Docusaurus's `__webpack_require__.gca`: a map of every chunk name to its id, in the runtime. */
export const CHUNK_ASSET_PLUGIN = 'ChunkAssetPlugin';

export const ROUTE_SHARDS_SWAPS: Swap[] = [
  { request: GENERATED_ROUTES, from: ANYWHERE, to: CLIENT('routes.ts') },
  { request: GENERATED_CHUNK_NAMES, from: ANYWHERE, to: CLIENT('chunk-names.ts') },
  { request: GENERATED_REGISTRY, from: ANYWHERE, to: CLIENT('registry.ts') },
  { request: PRELOAD_REQUEST, from: CORE_CLIENT, to: CLIENT('preload.ts') },
  { request: DOCUSAURUS_REQUEST, from: CORE_CLIENT, to: CLIENT('docusaurus.ts') },
  { request: RENDER_ROUTES_REQUEST, from: CORE_CLIENT, to: CLIENT('render-routes.tsx') },
];

/** Shards only for the production browser bundle. */
export function shardsRoutes(isServer: boolean, mode: string | undefined): boolean {
  return !isServer && mode === 'production';
}

/** Writes the shards from the route files Docusaurus generated before bundling. */
export function writeRouteShards(generatedFilesDir: string, baseUrl: string): void {
  writeShards(generatedFilesDir, readGeneratedRouteFiles(generatedFilesDir), baseUrl);
}

/** The bundler's plugins without ChunkAssetPlugin, whose map the shards make needless. */
export function withoutChunkAssetPlugin<P>(plugins: P[] | undefined): P[] {
  return (plugins ?? []).filter(
    (plugin) => (plugin as { constructor?: { name?: string } } | undefined)?.constructor?.name !== CHUNK_ASSET_PLUGIN,
  );
}
