import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createElement, type ComponentType, type ReactElement } from 'react';
import { StaticRouter } from 'react-router';
import * as upstream from 'react-router-config';
import type { RouteConfig, RouteConfigComponentProps } from 'react-router-config';
import { matchRoutes, renderRoutes } from '../src/route-index/router-config';
import { CORE_CLIENT, ROUTER_CONFIG_REQUEST } from '../src/route-index';
import { docusaurusLib, packageDir } from './upstream';

const { renderToString } = createRequire(import.meta.url)('react-dom/server') as {
  renderToString: (element: ReactElement) => string;
};

/** A page that prints what the router handed it, and renders its child routes as Docusaurus's docs do. */
function page(name: string, render: typeof renderRoutes): ComponentType<RouteConfigComponentProps> {
  return function Page({ match, location, route }) {
    const info = `${name} path=${match.path} url=${match.url} exact=${match.isExact} params=${JSON.stringify(match.params)} at=${location.pathname}`;
    return createElement('div', { 'data-route': route?.path }, info, route?.routes ? render(route.routes) : null);
  };
}

/** The shapes of a Docusaurus route table: exact pages, a prefix with nested routes, parameters, a 404. */
function routeTable(render: typeof renderRoutes): RouteConfig[] {
  const exact = (path: string) => ({ path, exact: true, component: page(path, render) });
  return [
    exact('/blog'),
    exact('/blog/'),
    exact('/blog/Archive'),
    ...Array.from({ length: 40 }, (_, i) => exact(`/blog/story-${i}`)),
    exact('/blog/old.html'),
    exact('/blog/page/2'),
    { path: '/blog/tags/:tag', exact: true, component: page('tag', render) },
    exact('/blog/tags/career'),
    { path: '/blog/strict/', exact: true, strict: true, component: page('strict', render) },
    { path: '/blog/Case', exact: true, sensitive: true, component: page('case', render) },
    {
      path: '/docs',
      component: page('docs root', render),
      routes: [
        {
          path: '/docs',
          component: page('docs version', render),
          routes: [exact('/docs/authoring'), exact('/docs/authoring/checks'), exact('/docs')],
        },
      ],
    },
    exact('/'),
    { path: '/section', component: page('section prefix', render) },
    { component: page('pathless', render) },
    { path: '*', component: page('404', render) },
  ];
}

const PATHNAMES = [
  '/',
  '',
  '/blog',
  '/blog/',
  '/blog//',
  '/BLOG',
  '/blog/archive',
  '/blog/ARCHIVE/',
  '/blog/story-7',
  '/blog/Story-39/',
  '/blog/story-40',
  '/blog/old.html',
  '/blog/oldxhtml',
  '/blog/page/2',
  '/blog/tags/career',
  '/blog/tags/hiring',
  '/blog/tags/hiring/',
  '/blog/strict',
  '/blog/strict/',
  '/blog/case',
  '/blog/Case',
  '/docs',
  '/docs/',
  '/docs/authoring',
  '/docs/Authoring/checks/',
  '/docs/missing',
  '/section',
  '/section/deeper/page',
  '/sectionx',
  '/blog/\u212a',
  '/blog/störy',
  '/nowhere',
];

describe('route-index: react-router-config without a scan per route', () => {
  it('matches every pathname as react-router-config does, nested routes and parameters included', () => {
    const routes = routeTable(renderRoutes);
    for (const pathname of PATHNAMES) {
      const strip = (branch: ReturnType<typeof matchRoutes>) =>
        branch.map(({ route, match }) => ({ path: route.path, match }));
      expect(strip(matchRoutes(routes, pathname)), pathname).toEqual(strip(upstream.matchRoutes(routes, pathname)));
    }
  });

  it('sees routes added to a table it has already matched against, as the browser adds shards', () => {
    const routes = routeTable(renderRoutes);
    const docs = routes.find((route) => route.path === '/docs')!.routes![0]!.routes!;
    const last = (branch: ReturnType<typeof matchRoutes>) => branch.at(-1)?.route.path;
    // Matched once before the routes arrive, so the table's index is made without them.
    expect(last(matchRoutes(routes, '/blog/story-new'))).not.toBe('/blog/story-new');
    expect(last(matchRoutes(routes, '/docs/authoring/frontmatter'))).not.toBe('/docs/authoring/frontmatter');
    // Added in place, in route order, as route-shards/client/routes.ts does.
    docs.splice(2, 0, { path: '/docs/authoring/frontmatter', exact: true, component: page('new doc', renderRoutes) });
    routes.splice(3, 0, { path: '/blog/story-new', exact: true, component: page('new story', renderRoutes) });
    for (const pathname of ['/docs/authoring/frontmatter', '/blog/story-new', '/blog/story-7']) {
      expect(last(matchRoutes(routes, pathname)), pathname).toBe(last(upstream.matchRoutes(routes, pathname)));
    }
    expect(last(matchRoutes(routes, '/blog/story-new'))).toBe('/blog/story-new');
    expect(last(matchRoutes(routes, '/docs/authoring/frontmatter'))).toBe('/docs/authoring/frontmatter');
  });

  it('renders what <Switch> renders for every pathname', () => {
    const ours = routeTable(renderRoutes);
    const theirs = routeTable(upstream.renderRoutes);
    for (const pathname of PATHNAMES) {
      const render = (routes: RouteConfig[], rr: typeof renderRoutes) =>
        renderToString(createElement(StaticRouter, { location: pathname }, rr(routes, { extra: 1 })));
      const html = render(ours, renderRoutes);
      expect(html, pathname).toBe(render(theirs, upstream.renderRoutes));
      expect(html.length, pathname).toBeGreaterThan(0);
    }
  });

  // Why: its matchRoutes and renderRoutes try every route in turn, so rendering grew with the square of the routes.
  it('is asked for react-router-config only by the Docusaurus client files it replaces, for what it exports', () => {
    const client = join(docusaurusLib('core'), 'client');
    expect(CORE_CLIENT.test(client)).toBe(true);
    const imports = readdirSync(client, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .flatMap((file) =>
        [...readFileSync(join(client, file), 'utf8').matchAll(/(?:import|export) \{ ([^}]+) \} from '([^']+)'/g)]
          .filter(([, , request]) => ROUTER_CONFIG_REQUEST.test(request!))
          .map(([, names]) => `${file}: ${names}`),
      )
      .sort();
    expect(imports).toEqual([
      'docusaurus.js: matchRoutes',
      'exports/renderRoutes.js: renderRoutes as default',
      'normalizeLocation.js: matchRoutes',
      'preload.js: matchRoutes',
    ]);
    // The version whose matchRoutes and renderRoutes router-config.tsx reproduces.
    const pkg = JSON.parse(readFileSync(join(packageDir('react-router-config'), 'package.json'), 'utf8'));
    expect(pkg.version).toBe('5.1.1');
    expect(
      Object.keys(upstream)
        .filter((name) => name !== 'default')
        .sort(),
    ).toEqual(['matchRoutes', 'renderRoutes']);
  });
});
