/**
 * Keeps code that no page needs out of the JS every page loads before it is interactive.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { fileURLToPath } from 'node:url';

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

/** Rspack's persistent cache keeps resolutions unless it knows these files changed. */
const BUILD_DEPENDENCIES = [
  fileURLToPath(import.meta.url),
  NOOP_MODULE,
  TSLIB_SUBSET,
  INTL_UTILS,
  IDLE_PREFETCH,
  fileURLToPath(new URL('./dates.ts', import.meta.url)),
];

export default function leanClientPlugin(context: LoadContext): Plugin {
  const prism = context.siteConfig.themeConfig.prism as { additionalLanguages?: string[] } | undefined;
  // Extra languages need the real module; then Prism stays in main.js.
  const needsPrismLanguages = (prism?.additionalLanguages?.length ?? 0) > 0;
  return {
    name: 'lean-client',
    configureWebpack: (config, _isServer, { currentBundler }) => {
      const cache = (config as { experiments?: { cache?: unknown } }).experiments?.cache;
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      // Requests for `request` made from a directory matching `from` go to `to`.
      const redirect = (request: RegExp, from: RegExp, to: string) =>
        new NormalModuleReplacementPlugin(request, (resource: { context?: string; request: string }) => {
          if (from.test(resource.context ?? '')) resource.request = to;
        });
      return {
        ...(typeof cache === 'object' ? { experiments: { cache: { buildDependencies: BUILD_DEPENDENCIES } } } : {}),
        plugins: [
          redirect(/^tslib$/, UTILS_COMMON, TSLIB_SUBSET),
          redirect(INTL_UTILS_REQUEST, THEME_COMMON, INTL_UTILS),
          redirect(PREFETCH_REQUEST, CORE_CLIENT, IDLE_PREFETCH),
          ...(needsPrismLanguages ? [] : [new NormalModuleReplacementPlugin(PRISM_LANGUAGES_MODULE, NOOP_MODULE)]),
        ],
      };
    },
  };
}
