/**
 * The plugin's options, in Docusaurus's own style: defaults, a Joi schema, and `validateOptions`,
 * which Docusaurus calls with its `normalizePluginOptions` (a bad option stops the build with Joi's
 * message, naming the option). Every swap is on by default: `plugins: ['@sde/docusaurus-plugin-lean']`
 * alone turns everything on for a site of the classic theme.
 */
import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';
import { LARGE_BLOG_POSTS } from './low-memory';

export interface PluginOptions {
  /** Docusaurus adds it to every plugin's options. */
  id: string;
  /**
   * `'first-input'`: the plugin's page template, which preloads the page's scripts and runs them
   * on the reader's first input (or after the first paint, on pages that ask for it). `'load'`:
   * Docusaurus's own template (`<script defer>`), or the site's `ssrTemplate`.
   */
  startScripts: 'first-input' | 'load';
  /** The inline script that answers the menu button and colour-mode toggle before hydration, and its theme components. */
  earlyControls: boolean;
  /** The browser's route table, chunk names and registry in shards, loaded per path (production builds). */
  routeShards: boolean;
  /** react-router-config's matchRoutes and renderRoutes by lookup instead of a scan of every route. */
  routeIndex: boolean;
  /** Viewport prefetching in idle time, each file once. */
  idlePrefetch: boolean;
  /** The classic theme's Prism languages module swapped for an empty one when `prism.additionalLanguages` is empty. */
  prism: boolean;
  /** @docusaurus/utils-common's tslib swapped for the one helper it uses. */
  tslib: boolean;
  /** The theme's date hooks write English dates without Intl.DateTimeFormat. */
  intlDates: boolean;
  /** `'auto'`: the low-memory bundling settings from `lowMemoryFromPosts` blog posts on; `true`/`false`: always/never. */
  lowMemoryBundling: 'auto' | boolean;
  lowMemoryFromPosts: number;
  /**
   * `false`: every page hydrates. An object: pages never hydrate unless they ask for it (an element
   * marked `data-start-scripts`); they get the islands bundle instead (islands/), with the
   * built-in islands and `siteEntry`'s (a module, relative to the site, whose default export starts
   * the site's own). Needs `startScripts: 'first-input'`, whose template it extends.
   */
  islands: false | { siteEntry?: string };
}

/** What a site may write: any option may be left out. */
export type Options = Partial<Omit<PluginOptions, 'id'>> & { id?: string };

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  startScripts: 'first-input',
  earlyControls: true,
  routeShards: true,
  routeIndex: true,
  idlePrefetch: true,
  prism: true,
  tslib: true,
  intlDates: true,
  lowMemoryBundling: 'auto',
  lowMemoryFromPosts: LARGE_BLOG_POSTS,
  islands: false,
};

export const OptionsSchema = Joi.object<PluginOptions>({
  startScripts: Joi.string().valid('first-input', 'load').default(DEFAULT_OPTIONS.startScripts),
  earlyControls: Joi.boolean().default(DEFAULT_OPTIONS.earlyControls),
  routeShards: Joi.boolean().default(DEFAULT_OPTIONS.routeShards),
  routeIndex: Joi.boolean().default(DEFAULT_OPTIONS.routeIndex),
  idlePrefetch: Joi.boolean().default(DEFAULT_OPTIONS.idlePrefetch),
  prism: Joi.boolean().default(DEFAULT_OPTIONS.prism),
  tslib: Joi.boolean().default(DEFAULT_OPTIONS.tslib),
  intlDates: Joi.boolean().default(DEFAULT_OPTIONS.intlDates),
  lowMemoryBundling: Joi.alternatives()
    .try(Joi.boolean(), Joi.string().valid('auto'))
    .default(DEFAULT_OPTIONS.lowMemoryBundling),
  lowMemoryFromPosts: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.lowMemoryFromPosts),
  islands: Joi.alternatives()
    .try(Joi.boolean().valid(false), Joi.object({ siteEntry: Joi.string() }))
    .default(DEFAULT_OPTIONS.islands),
})
  .custom((options: PluginOptions, helpers) =>
    options.islands && options.startScripts !== 'first-input' ? helpers.error('islands.startScripts') : options,
  )
  .messages({
    'islands.startScripts':
      '"islands" needs "startScripts": \'first-input\': islands extend that option\'s page template',
  });

export function validateOptions({ validate, options }: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(OptionsSchema, options);
}
