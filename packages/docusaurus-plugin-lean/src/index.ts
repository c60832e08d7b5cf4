/**
 * @sde/docusaurus-plugin-lean: keeps every page's JavaScript flat as a site grows, and starts page
 * scripts on the reader's first input. One plugin, one options object (options.ts); each swap of a
 * Docusaurus internal lives in a folder of its own, and this file only puts them together:
 *
 * - template/: the page template (`startScripts`), handed to Docusaurus as `siteConfig.ssrTemplate`;
 * - early-controls/ and theme/: the header's controls before hydration (`earlyControls`);
 * - route-shards/: the browser's route table in shards (`routeShards`);
 * - route-index/: route matching by lookup (`routeIndex`);
 * - idle-prefetch/, prism/, tslib/, intl-dates/: smaller swaps of client modules;
 * - low-memory/: bundling settings for a large blog (`lowMemoryBundling`, `lowMemoryFromPosts`);
 * - islands/: pages that never hydrate, with small vanilla scripts instead (`islands`).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginOptions } from './options';
import type { Swap } from './shared';
import { installTemplate } from './template';
import { islandsTemplate } from './template/html-template';
import { bundleIslands, speculationRules, type IslandsBundle } from './islands';
import { earlyControlsTag, THEME_PATH } from './early-controls';
import {
  ROUTE_SHARDS_SWAPS,
  CHUNK_FILENAME,
  shardsRoutes,
  withoutChunkAssetPlugin,
  writeRouteShards,
} from './route-shards';
import { ROUTE_INDEX_SWAPS } from './route-index';
import { IDLE_PREFETCH_SWAPS } from './idle-prefetch';
import { needsPrismLanguages, PRISM_SWAPS } from './prism';
import { TSLIB_SWAPS } from './tslib';
import { INTL_DATES_SWAPS } from './intl-dates';
import { countBlogPosts, lowMemoryBundling, lowMemoryConfig } from './low-memory';

export { validateOptions, DEFAULT_OPTIONS } from './options';
export type { Options, PluginOptions } from './options';

export const PLUGIN_NAME = 'docusaurus-plugin-lean';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/**
 * Rspack's persistent cache keeps resolutions unless it knows these files changed: every file of
 * the plugin, since each either decides a resolution or is where one leads.
 */
export const BUILD_DEPENDENCIES = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();

/**
 * The swaps the options turn on, for one compiler, in the order they are handed to the bundler.
 * Route shards swap modules of the production browser bundle only.
 */
export function swapsFor(
  options: PluginOptions,
  { themeConfig, shardRoutes }: { themeConfig: Record<string, unknown>; shardRoutes: boolean },
): Swap[] {
  return [
    ...(options.tslib ? TSLIB_SWAPS : []),
    ...(options.intlDates ? INTL_DATES_SWAPS : []),
    ...(options.idlePrefetch ? IDLE_PREFETCH_SWAPS : []),
    // Extra languages need the real module; then Prism stays in main.js.
    ...(options.prism && !needsPrismLanguages(themeConfig) ? PRISM_SWAPS : []),
    ...(shardRoutes ? ROUTE_SHARDS_SWAPS : []),
    ...(options.routeIndex ? ROUTE_INDEX_SWAPS : []),
  ];
}

type ReplacementPlugin = new (
  resource: RegExp,
  replacement: string | ((resource: { context?: string; request: string }) => void),
) => unknown;

function replacementPlugin(NormalModuleReplacementPlugin: ReplacementPlugin, swap: Swap): unknown {
  if ('resource' in swap) return new NormalModuleReplacementPlugin(swap.resource, swap.to);
  const { request, from, to } = swap;
  return new NormalModuleReplacementPlugin(request, (resource) => {
    if (from.test(resource.context ?? '')) resource.request = to;
  });
}

export default function pluginLean(context: LoadContext, options: PluginOptions): Plugin {
  if (options.startScripts === 'first-input') installTemplate(context.siteConfig);
  let blogPosts = 0;
  let islands: IslandsBundle | undefined;
  const { islands: islandsOptions } = options;

  return {
    name: PLUGIN_NAME,

    ...(islandsOptions
      ? {
          async loadContent() {
            islands = await bundleIslands(context.siteDir, islandsOptions.siteEntry);
            installTemplate(
              context.siteConfig,
              islandsTemplate({
                src: `${context.baseUrl}${islands.file}`,
                speculationRules: speculationRules(context.baseUrl),
              }),
            );
          },
          async postBuild({ outDir }) {
            const file = join(outDir, islands!.file);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, islands!.code);
          },
        }
      : {}),

    ...(options.earlyControls
      ? {
          getThemePath: () => THEME_PATH,
          getTypeScriptThemePath: () => THEME_PATH,
          // The header's controls before the page's scripts run (see early-controls/).
          injectHtmlTags: () => ({ postBodyTags: [earlyControlsTag(context)] }),
        }
      : {}),

    // A build runs this before it configures the bundler (commands/build/buildLocale.js: loadSite).
    async allContentLoaded({ allContent }) {
      blogPosts = countBlogPosts(allContent);
    },

    configureWebpack(config, isServer, { currentBundler }) {
      const cache = (config as { experiments?: { cache?: unknown } }).experiments?.cache;
      const { NormalModuleReplacementPlugin } = currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: ReplacementPlugin;
      };
      const shardRoutes = options.routeShards && shardsRoutes(isServer, config.mode);
      if (shardRoutes) {
        writeRouteShards(context.generatedFilesDir, context.baseUrl);
        config.plugins = withoutChunkAssetPlugin(config.plugins);
      }
      const lowMemory = lowMemoryBundling(blogPosts, undefined, {
        mode: options.lowMemoryBundling,
        fromPosts: options.lowMemoryFromPosts,
      });
      const swaps = swapsFor(options, { themeConfig: context.siteConfig.themeConfig, shardRoutes });
      return {
        ...(typeof cache === 'object' ? { experiments: { cache: { buildDependencies: BUILD_DEPENDENCIES } } } : {}),
        ...(shardRoutes ? { output: { chunkFilename: CHUNK_FILENAME } } : {}),
        ...(lowMemory ? lowMemoryConfig(isServer) : {}),
        plugins: swaps.map((swap) => replacementPlugin(NormalModuleReplacementPlugin, swap)),
      } as ReturnType<NonNullable<Plugin['configureWebpack']>>;
    },
  };
}
