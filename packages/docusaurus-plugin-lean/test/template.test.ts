/**
 * The page template (src/template/): what it changes from Docusaurus's own, how the plugin hands it
 * to Docusaurus, and canaries for the upstream template and the code that reads it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DocusaurusConfig } from '@docusaurus/types';
import { installTemplate } from '../src/template';
import { HYDRATES, islandsTemplate, ssrTemplate, START_SCRIPTS } from '../src/template/html-template';
import { docusaurusLib } from './upstream';

const require = createRequire(import.meta.url);
const ssg = join(docusaurusLib('core'), 'ssg');

/** Our two changes, undone: the scripts as `defer` scripts again, and no inline script that starts them. */
function undoOurChanges(template: string): string {
  const preload =
    '<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" data-page-script />';
  const start = `    <script>${START_SCRIPTS}</script>\n`;
  expect(template).toContain(preload);
  expect(template).toContain(start);
  return template.replace(preload, '<script src="<%= it.baseUrl %><%= script %>" defer></script>').replace(start, '');
}

describe('canaries for the upstream template and where Docusaurus reads ours', () => {
  // Why we replace it: its `<script defer>` runs main.js at load, one long task on a phone.
  it('ssgTemplate.html.js is ours with our two changes undone (upstream starts with a newline, ours does not)', () => {
    const upstream = (require(join(ssg, 'ssgTemplate.html.js')) as { default: string }).default;
    expect(undoOurChanges(ssrTemplate)).toBe(upstream.replace(/^\n/, ''));
  });

  it('ssgParams.js still renders with siteConfig.ssrTemplate when it is set', () => {
    const params = readFileSync(join(ssg, 'ssgParams.js'), 'utf8');
    expect(params).toMatch(/ssgTemplateContent: props\.siteConfig\.ssrTemplate \?\? ssgTemplate_html_1\.default,/);
  });

  it('the site props carry the very siteConfig object plugins get in their context', () => {
    const core = docusaurusLib('core');
    const site = readFileSync(join(core, 'server', 'site.js'), 'utf8');
    expect(site).toMatch(/function createSiteProps\(params\) \{\s*const \{ plugins, routes, context \} = params;/);
    expect(site).toMatch(/const \{ generatedFilesDir, siteDir, siteVersion, siteConfig,[^}]*\} = context;/);
    expect(site).toMatch(/return \{\s*siteConfig,/);
    // Plugins are made with that context, and core itself writes into its siteConfig.
    const init = readFileSync(join(core, 'server', 'plugins', 'init.js'), 'utf8');
    expect(init).toMatch(/await normalizedPluginConfig\.plugin\(context, pluginOptions\)/);
    expect(init).toMatch(/context\.siteConfig\.themeConfig = \{/);
    // The SSG reads the template after bundling, from those props.
    const build = readFileSync(join(core, 'commands', 'build', 'buildLocale.js'), 'utf8');
    expect(build).toMatch(/executeSSG\)\(\{\s*props,/);
  });
});

describe('the template', () => {
  it('preloads the page’s scripts instead of running them, and starts them with its inline script', () => {
    expect(ssrTemplate).not.toMatch(/<script src=/);
    expect(ssrTemplate).toContain('data-page-script');
    expect(START_SCRIPTS).toContain('window.startPageScripts=start;');
    expect(START_SCRIPTS).toContain('document.querySelector("[data-start-scripts]")');
  });

  it('is handed to Docusaurus through siteConfig, again without complaint, and never over a site’s own', () => {
    const siteConfig = { title: 'A site' } as DocusaurusConfig;
    installTemplate(siteConfig);
    expect(siteConfig.ssrTemplate).toBe(ssrTemplate);
    installTemplate(siteConfig); // a dev-server reload makes the plugin again with the same config
    expect(siteConfig.ssrTemplate).toBe(ssrTemplate);
    const own = { ssrTemplate: '<html><%~ it.appHtml %></html>' } as DocusaurusConfig;
    expect(() => installTemplate(own)).toThrow(/sets its own `ssrTemplate`.*startScripts: 'load'/s);
    expect(own.ssrTemplate).toBe('<html><%~ it.appHtml %></html>');
  });
});

describe('the islands template', () => {
  const { compileSSGTemplate } = require(join(ssg, 'ssgTemplate.js')) as {
    compileSSGTemplate: (template: string) => Promise<(data: Record<string, unknown>) => string>;
  };
  const render = async (appHtml: string) =>
    (
      await compileSSGTemplate(
        islandsTemplate({ src: '/assets/js/islands.abc.js', speculationRules: '{"prerender":[]}' }),
      )
    )({
      appHtml,
      baseUrl: '/',
      htmlAttributes: '',
      bodyAttributes: '',
      headTags: '',
      preBodyTags: '',
      postBodyTags: '',
      metaAttributes: [],
      scripts: ['assets/js/main.js'],
      stylesheets: ['assets/css/styles.css'],
      noIndex: false,
      version: '3',
    });

  it('gives a page that does not ask for scripts the islands and speculation rules, and no page script', async () => {
    const html = await render('<main><p>A story.</p></main>');
    expect(html).toContain('<script src="/assets/js/islands.abc.js" defer></script>');
    expect(html).toContain('<script type="speculationrules">{"prerender":[]}</script>');
    expect(html).not.toContain('main.js');
    expect(html).not.toContain('startPageScripts');
  });

  it('gives a page marked data-start-scripts its scripts as before, and no islands', async () => {
    const html = await render('<main class="x" data-start-scripts="">Search</main>');
    expect(html).toContain(
      '<link rel="preload" as="script" fetchpriority="low" href="/assets/js/main.js" data-page-script />',
    );
    expect(html).toContain(START_SCRIPTS);
    expect(html).not.toContain('islands.abc.js');
    expect(html).not.toContain('speculationrules');
  });

  it('does not take a mention of the marker in the text for the marker', () => {
    expect(HYDRATES.test('<p>Mark it with <code>data-start-scripts</code>.</p>')).toBe(false);
    expect(HYDRATES.test('<div data-start-scripts>')).toBe(true);
    expect(HYDRATES.test('<main class="a"\n data-start-scripts="true">')).toBe(true);
  });
});
