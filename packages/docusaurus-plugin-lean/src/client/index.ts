/** What a site's own theme components may use from the browser side of the plugin. */
export * from './after-hydration';
