/**
 * Stands in for react-router-config (5.1.1) where Docusaurus's client imports it (see index.ts):
 * the same matchRoutes and renderRoutes, which find the route through match.ts instead of trying
 * every route in turn. renderRoutes renders what react-router's <Switch> would: the first matching
 * <Route>, with the same key, location and computed match. (Plain createElement, no JSX: the unit
 * tests import this file as it is.)
 */
import { createElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import {
  Route,
  Router,
  __RouterContext as RouterContext,
  matchPath,
  type match as Match,
  type RouteComponentProps,
  type SwitchProps,
} from 'react-router';
import type { RouteConfig, MatchedRoute } from 'react-router-config';
import { firstMatch, routeMatch } from './match';

type Params = Record<string, string>;
const computeRootMatch = (Router as unknown as { computeRootMatch: (pathname: string) => Match }).computeRootMatch;

export function matchRoutes(
  routes: RouteConfig[],
  pathname: string,
  /* not public API */ branch: MatchedRoute<Params>[] = [],
): MatchedRoute<Params>[] {
  const found = firstMatch(routes, pathname, (route) =>
    route.path
      ? routeMatch(pathname, route)
      : branch.length > 0
        ? branch[branch.length - 1]!.match // the parent's match
        : computeRootMatch(pathname),
  );
  if (found) {
    branch.push({ route: found.route, match: found.match as Match<Params> });
    if (found.route.routes) matchRoutes(found.route.routes, pathname, branch);
  }
  return branch;
}

interface IndexedSwitchProps {
  routes: RouteConfig[];
  extraProps: object;
  switchProps: SwitchProps;
}

/** <Switch> over the <Route>s renderRoutes would make, without making or scanning them. */
function IndexedSwitch({ routes, extraProps, switchProps }: IndexedSwitchProps): ReactElement {
  const choose = (context: RouteComponentProps): ReactNode => {
    const location = switchProps.location ?? context.location;
    // As <Switch> tests each <Route>: with its path, exact and strict props; no path takes the context's match.
    const found = firstMatch(routes, location.pathname, (route) =>
      route.path
        ? matchPath(location.pathname, { path: route.path, exact: route.exact, strict: route.strict })
        : context.match,
    );
    if (!found) return null;
    const { route, index, match } = found;
    const props = {
      key: route.key || index,
      path: route.path,
      exact: route.exact,
      strict: route.strict,
      location,
      computedMatch: match,
      render: (routeProps: RouteComponentProps) => {
        if (route.render) return route.render({ ...routeProps, ...extraProps, route });
        return createElement(
          route.component as ComponentType<object>,
          { ...routeProps, ...extraProps, route } as object,
        );
      },
    };
    return createElement(Route as ComponentType<typeof props>, props);
  };
  return createElement(RouterContext.Consumer, { children: choose });
}

export function renderRoutes(
  routes: RouteConfig[] | undefined,
  extraProps: object = {},
  switchProps: SwitchProps = {},
): ReactElement | null {
  return routes ? createElement(IndexedSwitch, { routes, extraProps, switchProps }) : null;
}
