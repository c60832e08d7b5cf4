/**
 * The template belongs to the plugin: Docusaurus renders every page of a build with
 * `props.siteConfig.ssrTemplate` (ssg/ssgParams.js), and `props.siteConfig` is the object plugins
 * get as `context.siteConfig`, so the plugin sets it there when it is made, before anything reads
 * it. A site's own `ssrTemplate` is refused rather than silently replaced or silently kept. With
 * islands, the template names the islands bundle by its hash, so it is set again once the bundle
 * is made (the plugin's loadContent, long before the pages are rendered).
 */
import type { DocusaurusConfig } from '@docusaurus/types';
import { ssrTemplate } from './html-template';

export { ssrTemplate };

/** Every template this plugin has handed out, so that making the plugin again is not a conflict. */
const OURS = new Set<string>([ssrTemplate]);

export function installTemplate(siteConfig: DocusaurusConfig, template: string = ssrTemplate): void {
  // Already ours when Docusaurus makes the plugin again with the same config (a dev-server reload).
  if (siteConfig.ssrTemplate !== undefined && !OURS.has(siteConfig.ssrTemplate)) {
    throw new Error(
      "@sde/docusaurus-plugin-lean: the site config sets its own `ssrTemplate`, and `startScripts: 'first-input'` " +
        "(the default) brings the plugin's template, which starts the page's scripts on the reader's first input. " +
        "Remove `ssrTemplate` from the site config, or set the plugin's option `startScripts: 'load'` to keep the site's template.",
    );
  }
  OURS.add(template);
  siteConfig.ssrTemplate = template;
}
