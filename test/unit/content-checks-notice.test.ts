/** The dev server's content-checks notice: which findings belong to the page being previewed. */
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../packages/content-engine/src/check/check';
import { noticeData } from '../../src/plugins/content-checks';
import { findingsForRoute, routeOfPathname } from '../../src/plugins/content-checks/notice';
import { addFile, copySite } from '../helpers/site';
import { fixture } from '../helpers/paths';
import { loadSite } from '@sde/content-engine';

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
  const site = copySite();
  afterAll(() => site.dispose());
  addFile(site.dir, fixture('check', 'unknown-tag', 'bad.md'), 'blog/unknown-tag.md');
  const data = noticeData(loadSite(site.dir), checkSite(loadSite(site.dir)));

  it('formats each finding as the terminal report does, with the route of its page', () => {
    const finding = data.findings.find((f) => f.rule === 'unknown-tag');
    expect(finding).toMatchObject({
      location: 'blog/unknown-tag.md:7:16',
      route: '/blog/unknown-tag',
      severity: 'error',
    });
    expect(finding!.description).toMatch(/^unknown tag "Project Management".*; did you mean "project-management"\?$/);
  });

  it('puts a page’s findings under it, and the rest under other files', () => {
    const { here, elsewhere } = findingsForRoute(data, '/blog/unknown-tag');
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((f) => f.location.startsWith('blog/unknown-tag.md:'))).toBe(true);
    expect(elsewhere.every((f) => !f.location.startsWith('blog/unknown-tag.md:'))).toBe(true);
    expect(findingsForRoute(data, '/').here).toEqual([]);
  });
});
