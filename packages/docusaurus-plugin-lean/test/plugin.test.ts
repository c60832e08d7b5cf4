/**
 * The one plugin: its options as Docusaurus validates them, and what it hands Docusaurus for each
 * setting (template, theme, HTML tags, bundler configuration), with a stand-in for the bundler.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import type { LoadContext, Plugin, PluginContentLoadedActions, RouteConfig } from '@docusaurus/types';
import pluginLean, { BUILD_DEPENDENCIES, DEFAULT_OPTIONS, PLUGIN_NAME, swapsFor, validateOptions } from '../src';
import type { Options, PluginOptions } from '../src/options';
import { ssrTemplate } from '../src/template/html-template';
import { THEME_PATH } from '../src/early-controls';
import { BLOG_PLUGIN } from '../src/low-memory';
import { ROUTER_CONFIG } from '../src/route-index';
import { IDLE_PREFETCH } from '../src/idle-prefetch';
import { CHUNK_FILENAME } from '../src/route-shards';
import { docusaurusLib, SRC } from './upstream';

const require = createRequire(import.meta.url);
const { generateRouteFiles } = require(join(docusaurusLib('core'), 'server', 'codegen', 'codegenRoutes.js')) as {
  generateRouteFiles: (options: { generatedFilesDir: string; routes: RouteConfig[] }) => Promise<void>;
};

const validate = (options: Options) => validateOptions({ validate: normalizePluginOptions, options });

describe('options', () => {
  it('default to every swap on, so that listing the plugin is enough', () => {
    expect(validate({})).toEqual({ id: 'default', ...DEFAULT_OPTIONS });
    expect(DEFAULT_OPTIONS).toEqual({
      startScripts: 'first-input',
      earlyControls: true,
      routeShards: true,
      routeIndex: true,
      idlePrefetch: true,
      prism: true,
      tslib: true,
      intlDates: true,
      lowMemoryBundling: 'auto',
      lowMemoryFromPosts: 3000,
      islands: false,
    });
    expect(
      validate({ startScripts: 'load', routeIndex: false, lowMemoryBundling: true, lowMemoryFromPosts: 10 }),
    ).toEqual({
      id: 'default',
      ...DEFAULT_OPTIONS,
      startScripts: 'load',
      routeIndex: false,
      lowMemoryBundling: true,
      lowMemoryFromPosts: 10,
    });
  });

  it('refuse a bad option with Docusaurus’s validation error, naming it', () => {
    const bad = (options: unknown) => () => validate(options as Options);
    expect(bad({ startScripts: 'later' })).toThrow('"startScripts" must be one of [first-input, load]');
    expect(bad({ routeShards: 'yes' })).toThrow('"routeShards" must be a boolean');
    expect(bad({ lowMemoryBundling: 'sometimes' })).toThrow(/"lowMemoryBundling"/);
    expect(bad({ lowMemoryFromPosts: 0 })).toThrow('"lowMemoryFromPosts" must be greater than or equal to 1');
    expect(bad({ lowMemoryFromPosts: 2.5 })).toThrow('"lowMemoryFromPosts" must be an integer');
    expect(bad({ routeShard: true })).toThrow('"routeShard" is not allowed');
    expect(bad({ islands: true })).toThrow(/"islands"/);
    expect(bad({ islands: { entry: 'x.ts' } })).toThrow('"islands.entry" is not allowed');
    expect(bad({ islands: {}, startScripts: 'load' })).toThrow(/"islands" needs "startScripts": 'first-input'/);
    expect(validate({ islands: { siteEntry: 'src/islands.ts' } }).islands).toEqual({ siteEntry: 'src/islands.ts' });
  });
});

/** A stand-in for Rspack's NormalModuleReplacementPlugin that keeps its arguments. */
class Replacement {
  constructor(
    readonly resource: RegExp,
    readonly replacement: string | ((resource: { context?: string; request: string }) => void),
  ) {}
  /** Where a request from `context` ends up. */
  resolve(request: string, context: string): string {
    if (!this.resource.test(request)) return request;
    if (typeof this.replacement === 'string') return this.replacement;
    const resource = { context, request };
    this.replacement(resource);
    return resource.request;
  }
}
class ChunkAssetPlugin {}
class Other {}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** A site's context, with the route files Docusaurus would have generated for two pages. */
async function site(themeConfig: Record<string, unknown> = {}, siteConfig: Record<string, unknown> = {}) {
  const generatedFilesDir = mkdtempSync(join(tmpdir(), 'lean-plugin-'));
  dirs.push(generatedFilesDir);
  const page = (path: string): RouteConfig => ({
    path,
    component: '@theme/Page',
    exact: true,
    modules: { content: `@site${path}.md` },
  });
  await generateRouteFiles({ generatedFilesDir, routes: [page('/'), page('/blog/a-post')] });
  return {
    siteConfig: { themeConfig: { colorMode: { respectPrefersColorScheme: true }, ...themeConfig }, ...siteConfig },
    siteStorage: { type: 'localStorage', namespace: '' },
    codeTranslations: {},
    generatedFilesDir,
    baseUrl: '/',
  } as unknown as LoadContext;
}

async function make(options: Options = {}, from?: Promise<LoadContext>) {
  const context = await (from ?? site());
  const plugin = pluginLean(context, validate(options));
  return { plugin, context };
}

async function loaded(plugin: Plugin, posts: number) {
  await plugin.allContentLoaded?.({
    allContent: { [BLOG_PLUGIN]: { default: { blogPosts: Array.from({ length: posts }, () => ({})) } } },
    actions: {} as PluginContentLoadedActions,
  });
}

function configure(plugin: Plugin, isServer: boolean, mode = 'production') {
  const config = {
    mode,
    plugins: [new ChunkAssetPlugin(), new Other()],
    experiments: { cache: { type: 'persistent' } },
  };
  const utils = { currentBundler: { name: 'rspack', instance: { NormalModuleReplacementPlugin: Replacement } } };
  const result = plugin.configureWebpack!(config as never, isServer, utils as never, undefined) as unknown as {
    plugins: Replacement[];
    output?: { chunkFilename: string };
    experiments?: { cache: { buildDependencies: string[] } };
    name?: string;
    dependencies?: string[];
    optimization?: object;
  };
  return { config, result };
}

describe('the plugin', () => {
  it('hands Docusaurus its template, its theme and the early controls’ script, by default', async () => {
    const { plugin, context } = await make();
    expect(plugin.name).toBe(PLUGIN_NAME);
    expect(context.siteConfig.ssrTemplate).toBe(ssrTemplate);
    expect(plugin.getThemePath?.()).toBe(THEME_PATH);
    const tags = plugin.injectHtmlTags?.({ content: undefined });
    expect(tags?.postBodyTags).toEqual([
      { tagName: 'script', innerHTML: expect.stringContaining('theme-color-mode-toggle') },
    ]);
  });

  it('leaves the template, theme and tags alone when told to', async () => {
    const { plugin, context } = await make({ startScripts: 'load', earlyControls: false });
    expect(context.siteConfig.ssrTemplate).toBeUndefined();
    expect(plugin.getThemePath).toBeUndefined();
    expect(plugin.injectHtmlTags).toBeUndefined();
  });

  it('refuses a site’s own ssrTemplate unless its scripts start at load', async () => {
    const own = () => site({}, { ssrTemplate: '<html></html>' });
    await expect(make({}, own())).rejects.toThrow(/sets its own `ssrTemplate`/);
    const { context } = await make({ startScripts: 'load' }, own());
    expect(context.siteConfig.ssrTemplate).toBe('<html></html>');
  });

  it('with islands: bundles them as it loads content, names the bundle in the template, and writes it after the build', async () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'lean-islands-'));
    dirs.push(siteDir);
    writeFileSync(
      join(siteDir, 'islands.ts'),
      'export default function start(): void { document.body.dataset.siteIslands = "on"; }\n',
    );
    const context = { ...(await site()), siteDir } as LoadContext;
    const plugin = pluginLean(context, validate({ islands: { siteEntry: 'islands.ts' } }));
    // Until the bundle exists, the template is the one without islands.
    expect(context.siteConfig.ssrTemplate).toBe(ssrTemplate);
    await plugin.loadContent!();
    const template = context.siteConfig.ssrTemplate!;
    const src = /<script src="\/(assets\/js\/islands\.[0-9a-f]{8}\.js)" defer>/.exec(template)?.[1];
    expect(src).toBeDefined();
    expect(template).toContain('<script type="speculationrules">');
    await plugin.postBuild!({ outDir: siteDir } as never);
    const code = readFileSync(join(siteDir, src!), 'utf8');
    expect(code).toContain('siteIslands');
    expect(code).toContain('tabs__item--active');
    // Made again (a dev-server reload), the plugin takes its own islands template for its own.
    expect(() => pluginLean(context, validate({ islands: { siteEntry: 'islands.ts' } }))).not.toThrow();
  });

  it('with islands: a site entry that does not exist stops the build, naming it', async () => {
    const context = { ...(await site()), siteDir: tmpdir() } as LoadContext;
    const plugin = pluginLean(context, validate({ islands: { siteEntry: 'src/nowhere.ts' } }));
    await expect(plugin.loadContent!()).rejects.toThrow(/islands\.siteEntry src\/nowhere\.ts does not exist/);
  });

  it('in the production browser bundle: every swap, shards written, chunk names by id, no chunk-asset map', async () => {
    const { plugin, context } = await make();
    const { config, result } = configure(plugin, false);
    expect(config.plugins.map((p) => p.constructor.name)).toEqual(['Other']);
    expect(result.output).toEqual({ chunkFilename: CHUNK_FILENAME });
    expect(existsSync(join(context.generatedFilesDir, 'lean-route-shards', 'shards.js'))).toBe(true);
    const to = (request: string, from: string) =>
      result.plugins.reduce((current, plugin) => plugin.resolve(current, from), request);
    const core = '/x/node_modules/@docusaurus/core/lib/client';
    expect(to('tslib', '/x/node_modules/@docusaurus/utils-common/lib')).toBe(join(SRC, 'tslib', 'tslib.js'));
    expect(to('tslib', '/x/node_modules/other')).toBe('tslib');
    expect(to('./utils/IntlUtils', '/x/node_modules/@docusaurus/theme-common/lib')).toBe(
      join(SRC, 'intl-dates', 'intl-utils.ts'),
    );
    expect(to('./prefetch', core)).toBe(IDLE_PREFETCH);
    expect(to('./prefetch', join(SRC, 'route-shards', 'client'))).toBe(IDLE_PREFETCH);
    expect(to('/x/node_modules/@docusaurus/theme-classic/lib/prism-include-languages.js', '/x')).toBe(
      join(SRC, 'prism', 'noop.js'),
    );
    expect(to('@generated/routes', '/anywhere')).toBe(join(SRC, 'route-shards', 'client', 'routes.ts'));
    expect(to('./preload', core)).toBe(join(SRC, 'route-shards', 'client', 'preload.ts'));
    expect(to('@docusaurus/renderRoutes', core)).toBe(join(SRC, 'route-shards', 'client', 'render-routes.tsx'));
    expect(to('react-router-config', core)).toBe(ROUTER_CONFIG);
    expect(to('react-router-config', join(SRC, 'route-shards', 'client'))).toBe('react-router-config');
    // No low-memory settings for a small blog.
    expect(result.name).toBeUndefined();
    expect(result.optimization).toBeUndefined();
  });

  it('the server bundle and the dev server keep the whole route table; the other swaps stay', async () => {
    const { plugin } = await make();
    for (const [isServer, mode] of [
      [true, 'production'],
      [false, 'development'],
    ] as const) {
      const { config, result } = configure(plugin, isServer, mode);
      expect(config.plugins).toHaveLength(2);
      expect(result.output).toBeUndefined();
      expect(result.plugins).toHaveLength(swapsFor(validate({}), { themeConfig: {}, shardRoutes: false }).length);
      expect(result.plugins.map((p) => p.resolve('@generated/routes', '/anywhere'))).not.toContain(
        join(SRC, 'route-shards', 'client', 'routes.ts'),
      );
    }
  });

  it('each swap has its option, and Prism’s module stays for a site with extra languages', async () => {
    const all = swapsFor(validate({}), { themeConfig: {}, shardRoutes: true });
    expect(all).toHaveLength(12);
    const off = (option: keyof PluginOptions) =>
      swapsFor(validate({ [option]: false }), { themeConfig: {}, shardRoutes: true });
    expect(all.length - off('tslib').length).toBe(1);
    expect(all.length - off('intlDates').length).toBe(1);
    expect(all.length - off('idlePrefetch').length).toBe(2);
    expect(all.length - off('prism').length).toBe(1);
    expect(all.length - off('routeIndex').length).toBe(1);
    expect(all.length - swapsFor(validate({}), { themeConfig: {}, shardRoutes: false }).length).toBe(6);
    const rust = { prism: { additionalLanguages: ['rust'] } };
    expect(all.length - swapsFor(validate({}), { themeConfig: rust, shardRoutes: true }).length).toBe(1);
    const { plugin } = await make({ routeShards: false });
    const { config, result } = configure(plugin, false);
    expect(config.plugins).toHaveLength(2);
    expect(result.output).toBeUndefined();
    expect(result.plugins).toHaveLength(6);
  });

  it('tells Rspack’s persistent cache about every file of the plugin', async () => {
    const { plugin } = await make();
    const { result } = configure(plugin, false);
    expect(result.experiments?.cache.buildDependencies).toBe(BUILD_DEPENDENCIES);
    for (const file of [
      'index.ts',
      'options.ts',
      'route-index/match.ts',
      'route-shards/client/routes.ts',
      'prism/noop.js',
    ]) {
      expect(BUILD_DEPENDENCIES).toContain(join(SRC, file));
    }
  });

  it('bundles with the low-memory settings from the threshold of posts Docusaurus loaded', async () => {
    vi.stubEnv('SDE_LOW_MEMORY_BUNDLING', '');
    const { plugin } = await make({ lowMemoryFromPosts: 5 });
    await loaded(plugin, 4);
    expect(configure(plugin, false).result.optimization).toBeUndefined();
    await loaded(plugin, 5);
    expect(configure(plugin, false).result).toMatchObject({
      name: 'client',
      optimization: { concatenateModules: false, mergeDuplicateChunks: false },
    });
    expect(configure(plugin, true).result).toMatchObject({ name: 'server', dependencies: ['client'] });
    vi.stubEnv('SDE_LOW_MEMORY_BUNDLING', '0');
    expect(configure(plugin, false).result.optimization).toBeUndefined();
  });
});
