/**
 * Stands in for @docusaurus/renderRoutes where the app renders the top-level routes (App.js). The
 * app makes that element once, when main.js runs, from a table that then holds only the home
 * page's routes; this one reads the table each time the location it shows changes, so routes from
 * shards loaded since are there. PendingNavigation shows the new location only after preload.ts
 * has loaded its shard.
 */
import type { ReactElement } from 'react';
import { useLocation } from '@docusaurus/router';
import { renderRoutes, type RouteConfig } from 'react-router-config';

type Args = Parameters<typeof renderRoutes>;

function LiveRoutes({
  routes,
  extraProps,
  switchProps,
}: {
  routes: RouteConfig[];
  extraProps: Args[1];
  switchProps: Args[2];
}) {
  useLocation();
  return renderRoutes(routes, extraProps, switchProps);
}

export default function liveRenderRoutes(
  routes: RouteConfig[],
  extraProps?: Args[1],
  switchProps?: Args[2],
): ReactElement {
  return <LiveRoutes routes={routes} extraProps={extraProps} switchProps={switchProps} />;
}
