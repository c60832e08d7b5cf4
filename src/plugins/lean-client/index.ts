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

export default function leanClientPlugin(context: LoadContext): Plugin {
  const prism = context.siteConfig.themeConfig.prism as { additionalLanguages?: string[] } | undefined;
  // Extra languages need the real module; then Prism stays in main.js.
  const needsPrismLanguages = (prism?.additionalLanguages?.length ?? 0) > 0;
  return {
    name: 'lean-client',
    configureWebpack: (_config, _isServer, { currentBundler }) =>
      needsPrismLanguages
        ? {}
        : { plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_LANGUAGES_MODULE, NOOP_MODULE)] },
  };
}
