/**
 * Keeps code that no page needs out of the JS every page loads before it is interactive.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { fileURLToPath } from 'node:url';
import { earlyControlsScript } from './early-controls';
import { readGeneratedRouteFiles } from './routes/generated';
import { writeShards } from './routes/shards';

/**
 * The classic theme's client module that registers `prism.additionalLanguages` on Prism: with none
 * set it does nothing, yet it puts all of Prism (about 35 KB gzip) into main.js.
 */
export const PRISM_LANGUAGES_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

const NOOP_MODULE = fileURLToPath(new URL('./noop.js', import.meta.url));

/**
 * @docusaurus/utils-common, which main.js needs, requires all of tslib (about 4 KB gzip) for one
 * helper; its requests get a module with just that helper. `UTILS_COMMON_TSLIB_HELPERS` is what
 * a test checks the package still uses.
 */
export const UTILS_COMMON = /@docusaurus[\\/]utils-common[\\/]lib([\\/]|$)/;
export const UTILS_COMMON_TSLIB_HELPERS = ['__importDefault'];
const TSLIB_SUBSET = fileURLToPath(new URL('./tslib.js', import.meta.url));

/**
 * The theme's date hooks: the one module that creates Intl.DateTimeFormat objects while a page
 * hydrates. Its requests get intl-utils.ts, which writes this site's dates out (dates.ts).
 */
export const THEME_COMMON = /@docusaurus[\\/]theme-common[\\/]lib([\\/]|$)/;
export const INTL_UTILS_REQUEST = /^\.\/utils\/IntlUtils(\.js)?$/;
const INTL_UTILS = fileURLToPath(new URL('./intl-utils.ts', import.meta.url));

/** Docusaurus's client prefetch helper: its requests get idle-prefetch.ts, which appends in idle time. */
export const CORE_CLIENT = /@docusaurus[\\/]core[\\/]lib[\\/]client([\\/]|$)/;
export const PREFETCH_REQUEST = /^\.\/prefetch(\.js)?$/;
const IDLE_PREFETCH = fileURLToPath(new URL('./idle-prefetch.ts', import.meta.url));

/**
 * The route table, chunk names and registry: in the browser, the ones in routes/client/, which
 * load the table in shards (routes/shards.ts) instead of carrying every route in main.js.
 */
export const GENERATED_ROUTES = /^@generated\/routes$/;
export const GENERATED_CHUNK_NAMES = /^@generated\/routesChunkNames$/;
export const GENERATED_REGISTRY = /^@generated\/registry$/;
/** The client's preload helper, `window.docusaurus`, and App.js's renderRoutes, which read the table. */
export const PRELOAD_REQUEST = /^\.\/preload(\.js)?$/;
export const DOCUSAURUS_REQUEST = /^\.\/docusaurus(\.js)?$/;
export const RENDER_ROUTES_REQUEST = /^@docusaurus\/renderRoutes$/;
const CLIENT = (file: string) => fileURLToPath(new URL(`./routes/client/${file}`, import.meta.url));
/**
 * Async chunks are named by id and the build's hash: the runtime then builds a chunk's URL without a
 * map of every chunk's own hash, which grew with every post.
 */
export const CHUNK_FILENAME = 'assets/js/[id].[fullhash:8].js';
/** Docusaurus's `__webpack_require__.gca`: a map of every chunk name to its id, in the runtime. */
export const CHUNK_ASSET_PLUGIN = 'ChunkAssetPlugin';

/** Rspack's persistent cache keeps resolutions unless it knows these files changed. */
const BUILD_DEPENDENCIES = [
  fileURLToPath(import.meta.url),
  NOOP_MODULE,
  TSLIB_SUBSET,
  INTL_UTILS,
  IDLE_PREFETCH,
].concat(
  ['./dates.ts', './early-controls.ts', './routes/generated.ts', './routes/shards.ts', './routes/shard-key.ts'].map(
    (file) => fileURLToPath(new URL(file, import.meta.url)),
  ),
  ['live.ts', 'routes.ts', 'registry.ts', 'chunk-names.ts', 'preload.ts', 'docusaurus.ts', 'render-routes.tsx'].map(
    CLIENT,
  ),
);

export default function leanClientPlugin(context: LoadContext): Plugin {
  const prism = context.siteConfig.themeConfig.prism as { additionalLanguages?: string[] } | undefined;
  // Extra languages need the real module; then Prism stays in main.js.
  const needsPrismLanguages = (prism?.additionalLanguages?.length ?? 0) > 0;
  const colorMode = context.siteConfig.themeConfig.colorMode as { respectPrefersColorScheme?: boolean } | undefined;
  const message = (id: string, fallback: string) => context.codeTranslations[id] ?? fallback;
  const earlyControls = earlyControlsScript({
    storage: context.siteStorage.type,
    storageKey: `theme${context.siteStorage.namespace}`,
    respectPrefersColorScheme: colorMode?.respectPrefersColorScheme ?? false,
    modeLabels: {
      system: message('theme.colorToggle.ariaLabel.mode.system', 'system mode'),
      light: message('theme.colorToggle.ariaLabel.mode.light', 'light mode'),
      dark: message('theme.colorToggle.ariaLabel.mode.dark', 'dark mode'),
    },
    ariaLabel: message('theme.colorToggle.ariaLabel', 'Switch between dark and light mode (currently {mode})'),
  });
  return {
    name: 'lean-client',
    // The header's controls before the page's scripts run (see early-controls.ts).
    injectHtmlTags: () => ({ postBodyTags: [{ tagName: 'script', innerHTML: earlyControls }] }),
    configureWebpack: (config, isServer, { currentBundler }) => {
      const cache = (config as { experiments?: { cache?: unknown } }).experiments?.cache;
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      // Requests for `request` made from a directory matching `from` go to `to`.
      const redirect = (request: RegExp, from: RegExp, to: string) =>
        new NormalModuleReplacementPlugin(request, (resource: { context?: string; request: string }) => {
          if (from.test(resource.context ?? '')) resource.request = to;
        });
      // The production browser bundle loads the route table in shards; the build's renderer keeps the
      // whole table, and so does the dev server, which rewrites the table as posts change.
      const shardRoutes = !isServer && config.mode === 'production';
      if (shardRoutes) {
        writeShards(context.generatedFilesDir, readGeneratedRouteFiles(context.generatedFilesDir), context.baseUrl);
        config.plugins = (config.plugins ?? []).filter((plugin) => plugin?.constructor.name !== CHUNK_ASSET_PLUGIN);
      }
      const anywhere = /(?:)/;
      return {
        ...(typeof cache === 'object' ? { experiments: { cache: { buildDependencies: BUILD_DEPENDENCIES } } } : {}),
        ...(shardRoutes ? { output: { chunkFilename: CHUNK_FILENAME } } : {}),
        plugins: [
          redirect(/^tslib$/, UTILS_COMMON, TSLIB_SUBSET),
          redirect(INTL_UTILS_REQUEST, THEME_COMMON, INTL_UTILS),
          redirect(PREFETCH_REQUEST, CORE_CLIENT, IDLE_PREFETCH),
          ...(needsPrismLanguages ? [] : [new NormalModuleReplacementPlugin(PRISM_LANGUAGES_MODULE, NOOP_MODULE)]),
          ...(shardRoutes
            ? [
                redirect(GENERATED_ROUTES, anywhere, CLIENT('routes.ts')),
                redirect(GENERATED_CHUNK_NAMES, anywhere, CLIENT('chunk-names.ts')),
                redirect(GENERATED_REGISTRY, anywhere, CLIENT('registry.ts')),
                redirect(PRELOAD_REQUEST, CORE_CLIENT, CLIENT('preload.ts')),
                redirect(DOCUSAURUS_REQUEST, CORE_CLIENT, CLIENT('docusaurus.ts')),
                redirect(RENDER_ROUTES_REQUEST, CORE_CLIENT, CLIENT('render-routes.tsx')),
              ]
            : []),
        ],
      };
    },
  };
}
