/**
 * Stands in for @generated/routes in the browser. The table starts with the home page's branch and
 * the catch-all route, and `loadRoute(path)` adds the shard holding a path before Docusaurus
 * matches it (preload.ts and docusaurus.ts call it): the table in main.js no longer grows with
 * every post.
 */
import ComponentCreator from '@docusaurus/ComponentCreator';
import type { RouteConfig } from 'react-router-config';
import * as home from '@generated/lean-route-shards/global';
import shardLoaders from '@generated/lean-route-shards/shards';
import type { Shard, ShardRoute } from '../shards';
import { routeKey, shardOf } from '../shard-key';
import { chunkNames, registry, routes } from './live';

type LiveRoute = RouteConfig & { order: number };

function toConfig(node: ShardRoute): LiveRoute {
  return {
    ...node.attributes,
    key: `${node.path}-${node.hash}`,
    path: node.path,
    exact: node.exact,
    order: node.order,
    component: ComponentCreator(node.path, node.hash),
    ...(node.routes ? { routes: [] } : {}),
  };
}

/** Adds routes in their places among their siblings; routes above a page are shared. */
function merge(siblings: RouteConfig[], nodes: ShardRoute[]): void {
  for (const node of nodes) {
    const key = `${node.path}-${node.hash}`;
    let config = siblings.find((route) => route.key === key);
    if (!config) {
      config = toConfig(node);
      const at = siblings.findIndex((route) => (route as LiveRoute).order > node.order);
      siblings.splice(at === -1 ? siblings.length : at, 0, config);
    }
    if (node.routes) merge(config.routes!, node.routes);
  }
}

function add(shard: Pick<Shard, 'routes' | 'chunkNames'> & { registry: typeof registry }): void {
  Object.assign(registry, shard.registry);
  Object.assign(chunkNames, shard.chunkNames);
  merge(routes, shard.routes);
}

// ComponentCreator's type wants a hash; the catch-all has none (it renders NotFound).
const notFound = (ComponentCreator as (path: string) => ReturnType<typeof ComponentCreator>)('*');
const catchAll: LiveRoute = { path: '*', component: notFound, order: Number.POSITIVE_INFINITY };
routes.push(catchAll);
add(home);

const loading = new Map<number, Promise<void>>();

/** Loads the shard that holds `pathname`'s route, once; a failed load is tried again next time. */
export function loadRoute(pathname: string): Promise<void> {
  const index = shardOf(routeKey(pathname), shardLoaders.length);
  let promise = loading.get(index);
  if (!promise) {
    promise = shardLoaders[index]!().then(add);
    promise.catch(() => loading.delete(index));
    loading.set(index, promise);
  }
  return promise;
}

export default routes;
