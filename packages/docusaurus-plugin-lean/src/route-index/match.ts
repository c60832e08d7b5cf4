/**
 * Finds the route a pathname renders without trying every route in turn.
 *
 * react-router's <Switch> and react-router-config's matchRoutes call matchPath on each route, in
 * order, until one matches. Docusaurus has a route per post, tag page and author page, and renders
 * every page through both (three scans per page with preloading): the build's page rendering grew
 * with the square of the post count. Almost every route is an exact path without parameters, which
 * can only match a pathname equal to it up to letter case and trailing slashes: those are looked up
 * by that key. The rest (parameters, prefixes such as /docs, the 404 route) are tried in order as
 * before. Every answer still comes from react-router's own matchPath, so matches are identical.
 */
import { matchPath, type match as Match } from 'react-router';

export interface RouteLike {
  path?: string | readonly string[];
  exact?: boolean;
  strict?: boolean;
  sensitive?: boolean;
  routes?: readonly RouteLike[];
}

interface RouteIndex {
  /** Exact, parameter-free routes by `lookupKey` of their path, each list in route order. */
  byKey: Map<string, number[]>;
  /** Every other route, in route order. */
  others: number[];
  /** How many routes there were when it was made. */
  size: number;
}

/** A path path-to-regexp reads as plain text: printable ASCII, no parameter, group or wildcard. */
const PLAIN_PATH = /^[\x20-\x7e]*$/;
const SPECIAL = /[\\:()*?+]/;

/** Matching ignores ASCII letter case and one trailing slash: both are folded out of the key. */
export function lookupKey(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '');
}

const indexes = new WeakMap<readonly RouteLike[], RouteIndex>();

/**
 * The index of `routes`, made again when the list has grown or shrunk: in the browser the route
 * table is one array that gains routes as shards load (route-shards/client/ of this package).
 */
function indexOf(routes: readonly RouteLike[]): RouteIndex {
  let index = indexes.get(routes);
  if (index?.size === routes.length) return index;
  index = { byKey: new Map(), others: [], size: routes.length };
  routes.forEach((route, i) => {
    const { path } = route;
    const plain =
      typeof path === 'string' &&
      path !== '' &&
      route.exact === true &&
      !route.strict &&
      !route.sensitive &&
      PLAIN_PATH.test(path) &&
      !SPECIAL.test(path);
    if (!plain) {
      index.others.push(i);
      return;
    }
    const key = lookupKey(path);
    const list = index.byKey.get(key) ?? [];
    list.push(i);
    index.byKey.set(key, list);
  });
  indexes.set(routes, index);
  return index;
}

export interface Found<R> {
  route: R;
  index: number;
  match: Match;
}

/**
 * The first route of `routes`, in order, that matches `pathname`, as a scan calling `test` on each
 * would find it. `test` is that scan's test (matchPath with the options it passes); for routes
 * without a path it gives the scan's fallback (the parent's match).
 */
export function firstMatch<R extends RouteLike>(
  routes: readonly R[],
  pathname: string,
  test: (route: R) => Match | null,
): Found<R> | undefined {
  const { byKey, others } = indexOf(routes);
  let found: Found<R> | undefined;
  for (const i of byKey.get(lookupKey(pathname)) ?? []) {
    const match = test(routes[i]!);
    if (match) {
      found = { route: routes[i]!, index: i, match };
      break;
    }
  }
  for (const i of others) {
    if (found && i > found.index) break;
    const match = test(routes[i]!);
    if (match) return { route: routes[i]!, index: i, match };
  }
  return found;
}

/** matchPath as react-router-config's matchRoutes calls it: with the route object as options. */
export function routeMatch(pathname: string, route: RouteLike): Match | null {
  return matchPath(pathname, route as Parameters<typeof matchPath>[1]);
}
