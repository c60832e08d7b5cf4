/**
 * Stands in for @docusaurus/core's `window.docusaurus` (prefetch and preload by path), which read
 * the whole route table and a name-to-file map of every chunk in the runtime. Here the route comes
 * from its shard, and a chunk's files from its own loader, run with the bundler's script loader
 * swapped for one that records each URL and reports the load as failed at once: the bundler then
 * forgets the chunk as if never asked for it, and asks for exactly the files it lacks (not chunks
 * already loaded or loading, nor those with no script, such as the stylesheet's).
 */
import { matchRoutes } from 'react-router-config';
import type { RouteChunkNames } from '@docusaurus/types';
import prefetchHelper from './prefetch';
import preloadHelper from './preload';
import routes, { loadRoute } from './routes';
import { chunkNames, registry } from './live';

type LoadScript = (url: string, done: (event: { type: string; target: { src: string } }) => void) => void;
declare const __webpack_require__: { l: LoadScript };

const fetched = new Set<string>();
const loaded = new Set<string>();

type Connection = { effectiveType?: string; saveData?: boolean };
const isSlowConnection = () => {
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
};

/** The URLs of the script files a registry chunk's loader would fetch now. */
export function chunkFiles(chunkName: string): string[] {
  const loader = registry[chunkName]?.[0];
  if (!loader) return [];
  const urls: string[] = [];
  const loadScript = __webpack_require__.l;
  __webpack_require__.l = (url, done) => {
    urls.push(url);
    done({ type: 'load', target: { src: url } });
  };
  try {
    loader().catch(() => {});
  } finally {
    __webpack_require__.l = loadScript;
  }
  return urls;
}

function namesIn(value: RouteChunkNames[string] | string): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, RouteChunkNames[string] | string>).flatMap(namesIn);
}

function prefetch(routePath: string): false | Promise<void> {
  if (isSlowConnection() || loaded.has(routePath) || fetched.has(routePath)) return false;
  fetched.add(routePath);
  return loadRoute(routePath).then(
    async () => {
      const files = matchRoutes(routes, routePath)
        .map(({ route }) => chunkNames[String(route.key)])
        .filter((names) => names !== undefined)
        .flatMap(namesIn)
        .flatMap(chunkFiles);
      await Promise.all([...new Set(files)].map(prefetchHelper));
    },
    () => {
      // The shard did not load (offline, or a newer deploy): the next prefetch of this path tries again.
      fetched.delete(routePath);
    },
  );
}

function preload(routePath: string): false | Promise<void> {
  if (isSlowConnection() || loaded.has(routePath)) return false;
  loaded.add(routePath);
  return preloadHelper(routePath);
}

export default Object.freeze({ prefetch, preload });
