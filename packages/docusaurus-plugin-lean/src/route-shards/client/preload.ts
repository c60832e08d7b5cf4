/**
 * Stands in for @docusaurus/core's client preload helper: the same contract (load every chunk the
 * routes matching `pathname` need before rendering them), after loading the shard that holds its
 * route. Hydration (clientEntry) and every client-side navigation (PendingNavigation) go through it.
 */
import { matchRoutes } from 'react-router-config';
import routes, { loadRoute } from './routes';

export function safeDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

export default async function preload(pathname: string): Promise<void> {
  await loadRoute(pathname);
  const matches = [...new Set([pathname, safeDecode(pathname)])].flatMap((path) => matchRoutes(routes, path));
  await Promise.all(
    matches.map(({ route }) => (route.component as { preload?: () => Promise<unknown> } | undefined)?.preload?.()),
  );
}
