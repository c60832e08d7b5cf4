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
import { loadSite, type Site } from '@sde/content-engine';
import {
  CheckSession,
  describeFinding,
  findingLocation,
  formatText,
  readSource,
  routeOf,
  type CheckResult,
} from '@sde/content-engine/check';
import type { NoticeData } from './notice';

/** The data file the notice imports: `@generated/content-checks/default/findings.json`. */
export const NOTICE_DATA_FILE = 'findings.json';

/** The route each file with findings becomes (posts and docs only). */
function routesOf(site: Site, files: Iterable<string>): Map<string, string> {
  const routes = new Map<string, string>();
  const inside = (path: string, dir: string) => path.startsWith(`${dir}/`);
  for (const path of files) {
    const kind = inside(path, site.blog.path) ? 'post' : inside(path, site.docs.path) ? 'doc' : undefined;
    if (!kind || !/\.mdx?$/.test(path)) continue;
    try {
      const symlink = lstatSync(join(site.dir, path)).isSymbolicLink();
      const route = routeOf(site, readSource(site.dir, { path, symlink }, kind));
      if (route) routes.set(path, route);
    } catch {
      // Gone since the check ran: its findings still show, under "other files".
    }
  }
  return routes;
}

export function noticeData(site: Site, result: CheckResult): NoticeData {
  // A scheduled story's note is the page's own "Scheduled" banner there, not a problem to show.
  const problems = result.findings.filter((finding) => finding.severity !== 'info');
  const routes = routesOf(site, new Set(problems.map((finding) => finding.file)));
  return {
    findings: problems.map((finding) => ({
      severity: finding.severity as 'error' | 'warning',
      location: findingLocation(finding),
      description: describeFinding(finding),
      rule: finding.rule,
      route: routes.get(finding.file),
    })),
  };
}

export default function contentChecksPlugin(context: LoadContext): Plugin<NoticeData> | null {
  if (process.env.NODE_ENV === 'production') return null;
  const { siteDir } = context;
  const site = loadSite(siteDir);
  // A save changes one file: the session reads and checks again only what the change can affect.
  const session = new CheckSession(site);
  return {
    name: 'content-checks',
    getPathsToWatch: () => [site.blog.path, site.docs.path].map((dir) => join(siteDir, dir, '**/*.{md,mdx,yml}')),
    // A save makes several plugins reload at once, each rewriting generated files; a bundler that
    // recompiles 20 ms after the first change can read one half-written and send the page a broken
    // update. Waiting for the writes to settle costs a save 300 ms.
    configureWebpack: () => ({ watchOptions: { aggregateTimeout: 300 } }),
    getThemePath: () => fileURLToPath(new URL('./theme', import.meta.url)),
    loadContent: async () => {
      const result = session.run();
      if (result.findings.length > 0) console.warn(`\n[content checks]\n${formatText(result)}\n`);
      return noticeData(site, result);
    },
    // A data file, not global data: Docusaurus reloads each plugin on its own, and a slower
    // plugin's reload would put back the global data it started from. The file is always the last
    // one written, and the bundler's hot reload brings it to the open page.
    contentLoaded: async ({ content, actions }) => {
      await actions.createData(NOTICE_DATA_FILE, JSON.stringify(content));
    },
  };
}
