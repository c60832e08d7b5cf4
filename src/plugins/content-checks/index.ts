/**
 * In the dev server, runs the content checks whenever a post, a doc or a data file changes: it
 * prints the findings, without stopping the server (the production build runs `npm run check`
 * first and stops there instead), and shows them on the page being previewed (theme/Root.tsx).
 * In a production build the plugin does not exist, so neither does the notice.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSite, type CheckResult } from '@sde/content-engine/check';
import { describeFinding, findingLocation, formatText } from '@sde/content-engine/check';
import { readSource } from '@sde/content-engine/check';
import { routeOf } from '@sde/content-engine/check';
import type { NoticeData } from './notice';

/** The data file the notice imports: `@generated/content-checks/default/findings.json`. */
export const NOTICE_DATA_FILE = 'findings.json';

/** The route each file with findings becomes (posts and docs only). */
function routesOf(siteDir: string, files: Iterable<string>): Map<string, string> {
  const routes = new Map<string, string>();
  for (const path of files) {
    const kind = path.startsWith('blog/') ? 'post' : path.startsWith('docs/') ? 'doc' : undefined;
    if (!kind || !/\.mdx?$/.test(path)) continue;
    try {
      const symlink = lstatSync(join(siteDir, path)).isSymbolicLink();
      const route = routeOf(readSource(siteDir, { path, symlink }, kind));
      if (route) routes.set(path, route);
    } catch {
      // Gone since the check ran: its findings still show, under "other files".
    }
  }
  return routes;
}

export function noticeData(siteDir: string, result: CheckResult): NoticeData {
  const routes = routesOf(siteDir, new Set(result.findings.map((finding) => finding.file)));
  return {
    findings: result.findings.map((finding) => ({
      location: findingLocation(finding),
      description: describeFinding(finding),
      severity: finding.severity,
      rule: finding.rule,
      route: routes.get(finding.file),
    })),
  };
}

export default function contentChecksPlugin(context: LoadContext): Plugin<NoticeData> | null {
  if (process.env.NODE_ENV === 'production') return null;
  const { siteDir } = context;
  return {
    name: 'content-checks',
    getPathsToWatch: () => ['blog', 'docs'].map((dir) => join(siteDir, dir, '**/*.{md,mdx,yml}')),
    // A save makes several plugins reload at once, each rewriting generated files; a bundler that
    // recompiles 20 ms after the first change can read one half-written and send the page a broken
    // update. Waiting for the writes to settle costs a save 300 ms.
    configureWebpack: () => ({ watchOptions: { aggregateTimeout: 300 } }),
    getThemePath: () => fileURLToPath(new URL('./theme', import.meta.url)),
    loadContent: async () => {
      const result = checkSite(siteDir);
      if (result.findings.length > 0) console.warn(`\n[content checks]\n${formatText(result)}\n`);
      return noticeData(siteDir, result);
    },
    // A data file, not global data: Docusaurus reloads each plugin on its own, and a slower
    // plugin's reload would put back the global data it started from. The file is always the last
    // one written, and the bundler's hot reload brings it to the open page.
    contentLoaded: async ({ content, actions }) => {
      await actions.createData(NOTICE_DATA_FILE, JSON.stringify(content));
    },
  };
}
