/** The dev server's content-checks notice: which findings belong to the page being previewed. */
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '@sde/content-engine/check';
import { noticeData } from '../../src/plugins/content-checks';
import { findingsForRoute, routeOfPathname } from '../../src/plugins/content-checks/notice';
import { addFile, copySite } from '../helpers/site';
import { fixture } from '../helpers/paths';
import { loadSite, postFile, postRoute } from '@sde/content-engine';

describe('routeOfPathname', () => {
  it.each([
    ['/blog/a-post', '/', '/blog/a-post'],
    ['/blog/a-post/', '/', '/blog/a-post'],
    ['/', '/', '/'],
    ['/site/docs/authoring', '/site/', '/docs/authoring'],
    ['/site/', '/site/', '/'],
  ])('%s on a site at %s is %s', (pathname, baseUrl, route) => {
    expect(routeOfPathname(pathname, baseUrl)).toBe(route);
  });
});

describe('noticeData', () => {
  // The site's tags, authors and docs, with the seed stories as its posts, plus two bad posts.
  const site = copySite({ posts: 'seeds' });
  afterAll(() => site.dispose());
  const layout = loadSite(site.dir);
  const file = postFile(layout, 'unknown-tag');
  const route = postRoute(layout, 'unknown-tag');
  addFile(site.dir, fixture('check', 'unknown-tag', 'bad.md'), file);
  // A second bad post, so that "the rest" has findings of its own.
  addFile(site.dir, fixture('check', 'mojibake', 'bad.md'), postFile(layout, 'mojibake'));
  const data = noticeData(layout, checkSite(layout));

  it('formats each finding as the terminal report does, with the route of its page', () => {
    const finding = data.findings.find((f) => f.rule === 'unknown-tag');
    expect(finding).toMatchObject({
      location: `${file}:7:16`,
      route,
      severity: 'error',
    });
    expect(finding!.description).toMatch(/^unknown tag "Project Management".*; did you mean "project-management"\?$/);
  });

  it('puts a page’s findings under it, and the rest under other files', () => {
    const { here, elsewhere } = findingsForRoute(data, route);
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((f) => f.location.startsWith(`${file}:`))).toBe(true);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((f) => !f.location.startsWith(`${file}:`))).toBe(true);
    expect(findingsForRoute(data, '/').here).toEqual([]);
  });
});
