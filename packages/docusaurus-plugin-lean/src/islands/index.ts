/**
 * Islands: pages that never hydrate. A reader's page (a story, a list, a doc) is whole in the
 * build's HTML, and the few things on it that need a script (tabs, the docs sidebar, the table of
 * contents, prefetching, and the site's own: search box, copy buttons) are small vanilla scripts,
 * one bundle of a few KB, instead of React, the router and the theme. Evaluating those and
 * hydrating was one task of 120 to 390 ms on a throttled phone, whenever it started, and a tap in
 * that window waited for it; here no task of the page's own is long, and a link is the browser's
 * own navigation, prerendered on intent by speculation rules.
 *
 * A page that cannot work without React asks for it with an element marked `data-start-scripts`
 * (the search page): it gets the page scripts as before (../template/html-template.ts) and no
 * islands. The dev server hydrates every page as usual.
 *
 * The bundle is made with esbuild when the plugin loads its content (the template then names it
 * by its content hash), and written into the build by postBuild.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-in islands (./client/): what any page of the classic theme needs. */
export const CLIENT_ENTRY = fileURLToPath(new URL('./client/index.ts', import.meta.url));

/** Browsers the bundle must run in: those with speculation rules' fallback, `<link rel=prefetch>`, and `closest`. */
export const ISLANDS_TARGET = ['es2020'];

export interface IslandsBundle {
  /** Under the build folder, with the content hash: `assets/js/islands.<hash>.js`. */
  file: string;
  code: string;
}

/** The site's entry: a module whose default export starts the site's own islands. */
export function resolveSiteEntry(siteDir: string, siteEntry: string | undefined): string | undefined {
  if (siteEntry === undefined) return undefined;
  const path = isAbsolute(siteEntry) ? siteEntry : resolve(siteDir, siteEntry);
  if (!existsSync(path))
    throw new Error(`@sde/docusaurus-plugin-lean: islands.siteEntry ${siteEntry} does not exist (looked at ${path}).`);
  return path;
}

/** One IIFE: the built-in islands, then the site's. */
export async function bundleIslands(siteDir: string, siteEntry?: string): Promise<IslandsBundle> {
  const site = resolveSiteEntry(siteDir, siteEntry);
  const contents = [
    `import { startIslands } from ${JSON.stringify(CLIENT_ENTRY)};`,
    site ? `import site from ${JSON.stringify(site)};` : '',
    `startIslands(${site ? 'site' : ''});`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: siteDir, loader: 'ts', sourcefile: 'islands-entry.ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: ISLANDS_TARGET,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
  return { file: join('assets', 'js', `islands.${hash}.js`), code };
}

/**
 * Prerender a page of the site when the reader shows they are about to open it (Chromium's
 * "moderate": a hover of 200 ms, or a press). Files (feeds, Markdown copies) and links that
 * download or open elsewhere are left alone.
 */
export function speculationRules(baseUrl: string): string {
  return JSON.stringify({
    prerender: [
      {
        source: 'document',
        where: {
          and: [
            { href_matches: `${baseUrl}*` },
            { not: { href_matches: `${baseUrl}*\\.*` } },
            { not: { selector_matches: '[download], [target=_blank], [type]' } },
          ],
        },
        eagerness: 'moderate',
      },
    ],
  });
}
