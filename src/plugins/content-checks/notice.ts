/**
 * What the dev server's content-checks notice shows, as data: each finding already formatted the
 * way the terminal report formats it, and the route of the page its file becomes, so the page
 * being previewed can list its own findings first. Shared by the plugin (server) and the notice.
 */

export interface NoticeFinding {
  /** `path:line:column`, as `npm run check` prints it. */
  location: string;
  /** The problem and its fix. */
  description: string;
  severity: 'error' | 'warning';
  rule: string;
  /** Route of the page the file becomes (`/blog/slug`, `/docs/x`), when it has one. */
  route?: string;
}

export interface NoticeData {
  findings: NoticeFinding[];
}

/** The route behind `pathname` of a site at `baseUrl`, without a trailing slash. */
export function routeOfPathname(pathname: string, baseUrl: string): string {
  const route = pathname.startsWith(baseUrl) ? `/${pathname.slice(baseUrl.length)}` : pathname;
  return route.length > 1 ? route.replace(/\/+$/, '') : route;
}

/** The findings of the page at `route`, and those of every other file. */
export function findingsForRoute(
  data: NoticeData,
  route: string,
): { here: NoticeFinding[]; elsewhere: NoticeFinding[] } {
  const here = data.findings.filter((finding) => finding.route === route);
  return { here, elsewhere: data.findings.filter((finding) => finding.route !== route) };
}
