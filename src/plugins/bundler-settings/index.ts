/**
 * Bundler settings that make the build cheaper without changing what it produces.
 *
 * PostCSS: Docusaurus names its plugin as `[path, options]`, which postcss-loader loads and
 * postcss instantiates again for every stylesheet (postcss-preset-env builds autoprefixer and its
 * browser data each time), and postcss-loader looks for a PostCSS config file from every
 * stylesheet's folder upwards (cosmiconfig tries some twenty names per folder). The site has no
 * such file, and the plugins are the same for every stylesheet: they are made once, and the
 * search is off. At 1,000 posts these were about 10 s of the main thread while bundling.
 */
import type { Plugin } from '@docusaurus/types';
import { createRequire } from 'node:module';
import type { AcceptedPlugin } from 'postcss';

type PluginEntry = AcceptedPlugin | string | [string, object | undefined];

const require = createRequire(import.meta.url);

/** A postcss plugin made once: a creator (`postcss: true`) called with its options. */
function instantiate(entry: PluginEntry): AcceptedPlugin {
  const [name, options] =
    typeof entry === 'string' ? [entry, undefined] : Array.isArray(entry) ? entry : [undefined, undefined];
  if (name === undefined) {
    const creator = entry as { postcss?: boolean } & ((options?: object) => AcceptedPlugin);
    return typeof creator === 'function' && creator.postcss === true ? creator() : (entry as AcceptedPlugin);
  }
  const loaded = require(name) as { default?: unknown };
  const creator = (loaded.default ?? loaded) as (options?: object) => AcceptedPlugin;
  return creator(options && Object.keys(options).length > 0 ? options : undefined);
}

export interface PostCssOptions {
  plugins: PluginEntry[];
  config?: boolean | string;
  [option: string]: unknown;
}

export function settlePostCss(options: PostCssOptions): PostCssOptions {
  return { ...options, config: false, plugins: options.plugins.map(instantiate) };
}

export default function bundlerSettingsPlugin(): Plugin {
  return {
    name: 'bundler-settings',
    // Runs after the plugins listed before it in the config (the theme's and cascade layers' come earlier).
    configurePostCss: (options) => settlePostCss(options as unknown as PostCssOptions) as unknown as typeof options,
  };
}
