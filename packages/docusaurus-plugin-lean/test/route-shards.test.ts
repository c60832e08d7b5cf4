/**
 * The route table in shards (src/route-shards/): what is read from Docusaurus's
 * generated files, how pages are spread over shards, and canaries for every part of Docusaurus's
 * client that the browser bundle swaps or relies on.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { RouteConfig } from '@docusaurus/types';
import {
  CHUNK_ASSET_PLUGIN,
  DOCUSAURUS_REQUEST,
  GENERATED_CHUNK_NAMES,
  GENERATED_REGISTRY,
  GENERATED_ROUTES,
  PRELOAD_REQUEST,
  RENDER_ROUTES_REQUEST,
} from '../src/route-shards';
import { CORE_CLIENT } from '../src/shared';
import { readGeneratedRouteFiles, type GeneratedRoute } from '../src/route-shards/generated';
import {
  MAX_SHARDS,
  MIN_SHARDS,
  planShards,
  shardCount,
  shardModule,
  type ShardRoute,
} from '../src/route-shards/shards';
import { routeKey, shardOf } from '../src/route-shards/shard-key';
import { docusaurusLib } from './upstream';

const require = createRequire(import.meta.url);
const core = docusaurusLib('core');
const { generateRouteFiles } = require(join(core, 'server', 'codegen', 'codegenRoutes.js')) as {
  generateRouteFiles: (options: { generatedFilesDir: string; routes: RouteConfig[] }) => Promise<void>;
};

const plugin = { name: 'docusaurus-plugin-content-blog', id: 'default' };
const post = (slug: string): RouteConfig => ({
  path: `/blog/${slug}`,
  component: '@theme/BlogPostPage',
  exact: true,
  modules: { content: `@site/blog/${slug}.md` },
  context: { plugin: '@generated/blog-plugin.json' },
  plugin,
});

/** A site's routes as plugins add them: posts, a list page with props, nested docs routes, a home page. */
const ROUTES: RouteConfig[] = [
  ...Array.from({ length: 40 }, (_, i) => post(`story-${i}`)),
  {
    path: '/blog',
    component: '@theme/BlogListPage',
    exact: true,
    modules: { items: [{ content: '@site/blog/story-0.md?truncated=true' }] },
    props: { metadata: { page: 1 } },
    plugin,
  },
  {
    path: '/docs',
    component: '@theme/DocsRoot',
    plugin: { name: 'docusaurus-plugin-content-docs', id: 'default' },
    routes: [
      {
        path: '/docs',
        component: '@theme/DocVersionRoot',
        modules: { version: '@generated/docs-version.json' },
        routes: [
          {
            path: '/docs',
            component: '@theme/DocItem',
            exact: true,
            sidebar: 'guide',
            modules: { content: '@site/docs/index.md' },
          },
          {
            path: '/docs/Handbook',
            component: '@theme/DocItem',
            exact: true,
            modules: { content: '@site/docs/handbook.md' },
          },
        ],
      },
    ],
  },
  { path: '/', component: '@site/src/pages/index.tsx', exact: true, plugin: { name: 'pages', id: 'default' } },
];

async function generated() {
  const dir = mkdtempSync(join(tmpdir(), 'sde-routes-'));
  try {
    await generateRouteFiles({ generatedFilesDir: dir, routes: ROUTES });
    return readGeneratedRouteFiles(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every page (route without sub-routes) with its chain of paths, from a tree. */
function pages(routes: (GeneratedRoute | ShardRoute)[], above: string[] = []): string[] {
  return routes.flatMap((route) => {
    const chain = [...above, `${route.path}-${'hash' in route ? route.hash : ''}`];
    return route.routes?.length ? pages(route.routes, chain) : [chain.join(' > ')];
  });
}

/** The chunk names in a routesChunkNames value: its string leaves. */
const leaves = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves);

describe('reading the route files Docusaurus generates', () => {
  it('reads routes.js, routesChunkNames.json and registry.js as Docusaurus 3.10 writes them', async () => {
    const files = await generated();
    // The routes, nested as given, with the catch-all last and the docs' sidebar attribute kept.
    expect(files.routes.map((route) => route.path)).toEqual([...ROUTES.map((route) => route.path), '*']);
    expect(files.routes.at(-1)!.hash).toBeUndefined();
    const docs = files.routes.find((route) => route.path === '/docs')!;
    expect(docs.routes![0]!.routes!.map((route) => [route.path, route.exact, route.attributes])).toEqual([
      ['/docs', true, { sidebar: 'guide' }],
      ['/docs/Handbook', true, {}],
    ]);
    // Every route's chunk names are in the registry, which names the modules they load.
    const keys = pages(files.routes)
      .flatMap((chain) => chain.split(' > '))
      .filter((key) => !key.startsWith('*'));
    for (const key of keys) expect(files.chunkNames[key], key).toBeDefined();
    expect([...files.registry.values()]).toEqual(
      expect.arrayContaining(['@theme/BlogPostPage', '@site/blog/story-3.md', '@site/blog/story-0.md?truncated=true']),
    );
  });
});

describe('the shards', () => {
  it('hold every page once, in the shard its path hashes to, with the routes above it and only the chunks they use', async () => {
    const files = await generated();
    const { global, shards } = planShards(files, '/');
    expect(shards.length).toBe(shardCount(43));
    const all = pages(files.routes).filter((chain) => !chain.startsWith('*'));
    const sharded = shards.flatMap((shard) => pages(shard.routes));
    expect([...pages(global.routes), ...sharded].sort()).toEqual(all.sort());
    expect(pages(global.routes).map((chain) => chain.split(' > ')[0]!.replace(/-\w+$/, ''))).toEqual(['/']);

    shards.forEach((shard, index) => {
      for (const chain of pages(shard.routes)) {
        const leaf = chain.split(' > ').at(-1)!.replace(/-\w+$/, '');
        expect(shardOf(routeKey(leaf), shards.length), leaf).toBe(index);
      }
      const used = new Set(leaves(shard.chunkNames));
      expect(new Set(Object.keys(shard.registry))).toEqual(used);
    });
    // The docs pages share their layout routes, once per shard that holds any.
    for (const shard of shards)
      expect(shard.routes.filter((route) => route.path === '/docs').length).toBeLessThanOrEqual(1);
  });

  it('keep each route’s place among its siblings, so the router matches in the same order', async () => {
    const files = await generated();
    const { shards } = planShards(files, '/');
    const order = new Map(files.routes.map((route, index) => [route.path, index]));
    for (const shard of shards) for (const route of shard.routes) expect(route.order).toBe(order.get(route.path));
  });

  it('write modules that import each chunk under its registry name, as Docusaurus does', async () => {
    const files = await generated();
    const text = shardModule(planShards(files, '/').shards.find((shard) => shard.routes.length > 0)!);
    const [name, request] = [...Object.entries(planShards(files, '/').global.registry)][0]!;
    expect(text).toMatch(/^export const registry = \{$/m);
    expect(shardModule(planShards(files, '/').global)).toContain(
      `${JSON.stringify(name)}: [() => import(/* webpackChunkName: ${JSON.stringify(name)} */ ${JSON.stringify(request)}), ${JSON.stringify(name)}, require.resolveWeak(${JSON.stringify(request)})],`,
    );
  });

  it('grow in number with the site, within bounds', () => {
    expect(shardCount(3)).toBe(MIN_SHARDS);
    expect(shardCount(1400)).toBe(128);
    expect(shardCount(1_000_000)).toBe(MAX_SHARDS);
  });

  it('are keyed by the path the router would match: decoded, any case, with or without a trailing slash', () => {
    expect(routeKey('/blog/Story-1/')).toBe('/blog/story-1');
    expect(routeKey('/blog/caf%C3%A9')).toBe('/blog/café');
    expect(routeKey('/blog/%E0%A4%A')).toBe('/blog/%e0%a4%a');
    expect(routeKey('/')).toBe('/');
    expect(shardOf(routeKey('/blog/Story-1/'), 64)).toBe(shardOf('/blog/story-1', 64));
  });
});

describe('canaries for the parts of Docusaurus’s client the browser bundle swaps', () => {
  const client = join(core, 'client');
  const source = (file: string) => readFileSync(join(client, file), 'utf8');

  // Why: @generated/routes, routesChunkNames and registry hold every route, so main.js grew with every post.
  it('only these client modules read the generated route table, chunk names or registry', () => {
    const readers: string[] = [];
    const packages = join(core, '..', '..');
    for (const pkg of readdirSync(packages)) {
      const lib = join(packages, pkg, 'lib');
      let files: string[] = [];
      try {
        files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
      } catch {
        continue;
      }
      for (const file of files) {
        const imports = [
          ...readFileSync(join(lib, file), 'utf8').matchAll(
            /from '(@generated\/(?:routes|routesChunkNames|registry))'/g,
          ),
        ];
        for (const [, request] of imports) readers.push(`${pkg}/${file}: ${request}`);
      }
    }
    // Each of these sees the live table (route-shards/client/live.ts); the debug plugin is not used.
    expect(readers.filter((reader) => !reader.startsWith('plugin-debug/')).sort()).toEqual([
      'core/client/App.js: @generated/routes',
      'core/client/docusaurus.js: @generated/routes',
      'core/client/docusaurus.js: @generated/routesChunkNames',
      'core/client/exports/ComponentCreator.js: @generated/registry',
      'core/client/exports/ComponentCreator.js: @generated/routesChunkNames',
      'core/client/normalizeLocation.js: @generated/routes',
      'core/client/preload.js: @generated/routes',
      // The home route: always in the table (the global shard).
      'theme-common/utils/routesUtils.js: @generated/routes',
    ]);
    for (const [pattern, request] of [
      [GENERATED_ROUTES, '@generated/routes'],
      [GENERATED_CHUNK_NAMES, '@generated/routesChunkNames'],
      [GENERATED_REGISTRY, '@generated/registry'],
    ] as const) {
      expect(pattern.test(request)).toBe(true);
    }
  });

  // Why: preload.js, docusaurus.js and App's renderRoutes read the whole table; ours load a path's shard first.
  it('App renders the top-level routes once, when it loads; the entry and navigation preload through ./preload', () => {
    expect(CORE_CLIENT.test(client)).toBe(true);
    expect(source('App.js')).toMatch(/import renderRoutes from '@docusaurus\/renderRoutes';/);
    expect(source('App.js')).toMatch(/^const routesElement = renderRoutes\(routes\);$/m);
    expect(RENDER_ROUTES_REQUEST.test('@docusaurus/renderRoutes')).toBe(true);
    expect(source('clientEntry.js')).toMatch(/import preload from '\.\/preload';/);
    expect(source('clientEntry.js')).toMatch(/import docusaurus from '\.\/docusaurus';/);
    expect(source('clientEntry.js')).toMatch(/preload\(window\.location\.pathname\)\.then/);
    expect(source('PendingNavigation.js')).toMatch(/import preload from '\.\/preload';/);
    expect(PRELOAD_REQUEST.test('./preload')).toBe(true);
    expect(DOCUSAURUS_REQUEST.test('./docusaurus')).toBe(true);
    expect(source('preload.js')).toMatch(/export default function preload\(pathname\)/);
    expect(source('docusaurus.js')).toMatch(/const docusaurus = \{\s*prefetch,\s*preload,\s*\};/);
  });

  // Why: ChunkAssetPlugin puts a map of every chunk into the runtime; chunk files named by id need none.
  it('the chunk-name map in the runtime comes from ChunkAssetPlugin, which only docusaurus.js uses', () => {
    const plugin = readFileSync(join(core, 'webpack', 'plugins', 'ChunkAssetPlugin.js'), 'utf8');
    expect(plugin).toMatch(new RegExp(`class ${CHUNK_ASSET_PLUGIN} \\{`));
    expect(plugin).toContain("const DocusaurusGetChunkAssetFn = '__webpack_require__.gca';");
    expect(readFileSync(join(core, 'webpack', 'client.js'), 'utf8')).toContain(`new ${CHUNK_ASSET_PLUGIN}_1.default()`);
    const users = readdirSync(client, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.js') && source(file).includes('__webpack_require__.gca'),
    );
    expect(users).toEqual(['docusaurus.js']);
  });
});
