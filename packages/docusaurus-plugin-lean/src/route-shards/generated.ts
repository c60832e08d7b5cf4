/**
 * Reads the three route files Docusaurus writes into the generated-files folder before it bundles
 * (server/codegen/codegenRoutes.js): routes.js (the route config tree), routesChunkNames.json
 * (route key to chunk names) and registry.js (chunk name to module). The shards are made from them.
 * test/route-shards.test.ts pins the formats read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One node of routes.js, with ComponentCreator's arguments kept as data. */
export interface GeneratedRoute {
  path: string;
  /** The second argument of ComponentCreator; absent only for the catch-all route. */
  hash?: string;
  exact?: boolean;
  routes?: GeneratedRoute[];
  /** Anything else the config carries (the docs' `sidebar`, say), passed on to the router as is. */
  attributes: Record<string, unknown>;
}

/** A route's chunk names, in the shape of its modules: `{ __comp, __context: { plugin }, items: [...] }`. */
export type ChunkNames = { [key: string]: string | ChunkNames | ChunkNames[] };

interface RawRoute {
  path: string;
  component: { path: string; hash?: string };
  exact?: boolean;
  routes?: RawRoute[];
  [attribute: string]: unknown;
}

function toRoute({ path, component, exact, routes, ...attributes }: RawRoute): GeneratedRoute {
  return {
    path,
    ...(component.hash === undefined ? {} : { hash: component.hash }),
    ...(exact === undefined ? {} : { exact }),
    ...(routes ? { routes: routes.map(toRoute) } : {}),
    attributes,
  };
}

/**
 * routes.js is two imports and `export default [...]`, whose only calls are
 * `ComponentCreator(path, hash)`: run it with a ComponentCreator that returns its arguments.
 */
export function parseRoutesModule(source: string): GeneratedRoute[] {
  const body = source.replace(/^import .*$/gm, '').replace(/^export default /m, 'return ');
  if (body === source || !/^return \[/m.test(body))
    throw new Error('routes.js: not the format @sde/docusaurus-plugin-lean reads');
  const creator = (path: string, hash?: string) => ({ path, hash });
  const raw = new Function('ComponentCreator', body)(creator) as RawRoute[];
  return raw.map(toRoute);
}

const REGISTRY_LINE = /^\s*"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ ("(?:[^"\\]|\\.)*")\)/;

/** registry.js: one line per chunk name, `"name": [() => import(/* webpackChunkName: "name" *\/ "path"), ...]`. */
export function parseRegistryModule(source: string): Map<string, string> {
  const registry = new Map<string, string>();
  for (const line of source.split('\n')) {
    const match = REGISTRY_LINE.exec(line);
    if (match) registry.set(match[1]!, JSON.parse(match[2]!) as string);
  }
  const entries = source.match(/^\s*"[^"]+": \[/gm)?.length ?? 0;
  if (entries !== registry.size) throw new Error(`registry.js: read ${registry.size} of ${entries} entries`);
  return registry;
}

export interface GeneratedRouteFiles {
  routes: GeneratedRoute[];
  chunkNames: Record<string, ChunkNames>;
  registry: Map<string, string>;
}

export function readGeneratedRouteFiles(generatedFilesDir: string): GeneratedRouteFiles {
  const read = (file: string) => readFileSync(join(generatedFilesDir, file), 'utf8');
  return {
    routes: parseRoutesModule(read('routes.js')),
    chunkNames: JSON.parse(read('routesChunkNames.json')) as Record<string, ChunkNames>,
    registry: parseRegistryModule(read('registry.js')),
  };
}
