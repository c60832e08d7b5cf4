/**
 * Splits the route table into shards the browser loads one at a time, instead of the one table in
 * main.js that grows with every post (facebook/docusaurus#7256).
 *
 * Each page (a route with no sub-routes) goes to the shard its path hashes to, with the routes
 * above it (the docs' layout routes), their chunk names and the registry lines for those chunks.
 * The home page's branch is in a module main.js imports itself: the docs' breadcrumbs look the
 * home route up while they hydrate.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChunkNames, GeneratedRoute, GeneratedRouteFiles } from './generated';
import { routeKey, shardOf } from './shard-key';

/** A route as a shard holds it: `order` is its place among its siblings in the whole table. */
export interface ShardRoute {
  path: string;
  hash: string;
  exact?: boolean;
  order: number;
  attributes: Record<string, unknown>;
  routes?: ShardRoute[];
}

export interface Shard {
  routes: ShardRoute[];
  chunkNames: Record<string, ChunkNames>;
  /** Chunk name to module request, as in registry.js. */
  registry: Record<string, string>;
}

/** About this many pages per shard; the count is a power of two between the bounds. */
export const PAGES_PER_SHARD = 16;
export const MIN_SHARDS = 4;
export const MAX_SHARDS = 256;

export function shardCount(pages: number): number {
  let count = MIN_SHARDS;
  while (count < MAX_SHARDS && count * PAGES_PER_SHARD < pages) count *= 2;
  return count;
}

/** Every page with the chain of routes above it, each with its place among its siblings. */
function branches(routes: GeneratedRoute[], above: ShardRoute[] = []): ShardRoute[][] {
  return routes.flatMap((route, order) => {
    if (route.hash === undefined) return []; // the catch-all, which the browser always has
    const node: ShardRoute = {
      path: route.path,
      hash: route.hash,
      ...(route.exact === undefined ? {} : { exact: route.exact }),
      order,
      attributes: route.attributes,
    };
    const chain = [...above, node];
    return route.routes?.length ? branches(route.routes, chain) : [chain];
  });
}

function emptyShard(): Shard {
  return { routes: [], chunkNames: {}, registry: {} };
}

function chunkNamesIn(names: ChunkNames | ChunkNames[] | string, into: Set<string>): void {
  if (typeof names === 'string') into.add(names);
  else for (const value of Object.values(names)) chunkNamesIn(value, into);
}

/** Adds a page's chain to a shard, sharing the routes above it with pages already there. */
function addBranch(shard: Shard, chain: ShardRoute[], files: GeneratedRouteFiles): void {
  let siblings = shard.routes;
  for (const node of chain) {
    let existing = siblings.find((route) => route.path === node.path && route.hash === node.hash);
    if (!existing) {
      existing = { ...node };
      siblings.push(existing);
      const routeKey = `${node.path}-${node.hash}`;
      const names = files.chunkNames[routeKey];
      if (!names) throw new Error(`routesChunkNames.json has no entry for ${routeKey}`);
      shard.chunkNames[routeKey] = names;
      const used = new Set<string>();
      chunkNamesIn(names, used);
      for (const name of used) {
        const request = files.registry.get(name);
        if (request === undefined) throw new Error(`registry.js has no chunk ${name} (route ${routeKey})`);
        shard.registry[name] = request;
      }
    }
    if (node === chain.at(-1)) break;
    siblings = existing.routes ??= [];
  }
}

export interface ShardPlan {
  /** The home page's branch and any route whose path has parameters: in main.js. */
  global: Shard;
  shards: Shard[];
}

export function planShards(files: GeneratedRouteFiles, baseUrl: string): ShardPlan {
  const pages = branches(files.routes);
  const global = emptyShard();
  const dynamic = (chain: ShardRoute[]) => chain.some((route) => /[:*(]/.test(route.path));
  const sharded = pages.filter((chain) => {
    const isGlobal = chain.at(-1)!.path === baseUrl || dynamic(chain);
    if (isGlobal) addBranch(global, chain, files);
    return !isGlobal;
  });
  const shards = Array.from({ length: shardCount(sharded.length) }, emptyShard);
  for (const chain of sharded) addBranch(shards[shardOf(routeKey(chain.at(-1)!.path), shards.length)]!, chain, files);
  return { global, shards };
}

/** A shard as a module: registry lines in Docusaurus's own form, so the bundler splits the same chunks. */
export function shardModule(shard: Shard): string {
  const registry = Object.entries(shard.registry)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, request]) => {
      const path = JSON.stringify(request);
      return `  ${JSON.stringify(name)}: [() => import(/* webpackChunkName: ${JSON.stringify(name)} */ ${path}), ${JSON.stringify(name)}, require.resolveWeak(${path})],`;
    });
  return [
    '// Written by @sde/docusaurus-plugin-lean (route-shards/shards.ts) from the route files beside this folder.',
    `export const registry = {\n${registry.join('\n')}\n};`,
    `export const chunkNames = ${JSON.stringify(shard.chunkNames)};`,
    `export const routes = ${JSON.stringify(shard.routes)};`,
    '',
  ].join('\n');
}

export function shardIndexModule(count: number): string {
  const loaders = Array.from(
    { length: count },
    (_, i) => `  () => import(/* webpackChunkName: "route-shard-${i}" */ './shard-${i}.js'),`,
  );
  return [
    '// Written by @sde/docusaurus-plugin-lean (route-shards/shards.ts): one loader per shard, in shard order.',
    `export default [\n${loaders.join('\n')}\n];`,
    '',
  ].join('\n');
}

/** Only files whose text changed are written, so the bundler's cache keeps the rest. */
function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
}

export const SHARDS_DIR = 'lean-route-shards';

/** Writes `<generatedFilesDir>/lean-route-shards/{global,shards,shard-N}.js`; returns the plan. */
export function writeShards(generatedFilesDir: string, files: GeneratedRouteFiles, baseUrl: string): ShardPlan {
  const plan = planShards(files, baseUrl);
  const dir = join(generatedFilesDir, SHARDS_DIR);
  mkdirSync(dir, { recursive: true });
  writeIfChanged(join(dir, 'global.js'), shardModule(plan.global));
  writeIfChanged(join(dir, 'shards.js'), shardIndexModule(plan.shards.length));
  plan.shards.forEach((shard, i) => writeIfChanged(join(dir, `shard-${i}.js`), shardModule(shard)));
  return plan;
}
