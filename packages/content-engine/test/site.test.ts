/**
 * The site manifest (site.yml) and the routes it implies: defaults as Docusaurus's, every route
 * built from the manifest, and a wrong manifest refused at its line.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ContentError,
  MANIFEST_FILE,
  archiveRoute,
  authorRoute,
  authorsFile,
  docRoute,
  feedRoutes,
  fixedRoutes,
  listPageCount,
  listPageRoute,
  loadSite,
  lockFile,
  namedRoute,
  parseManifest,
  pathInSite,
  postFile,
  postRoute,
  resolveSite,
  siteRoutes,
  tagRoute,
  tagsFile,
  withBaseUrl,
} from '../src';

const defaults = resolveSite('/site', { title: 'Defaults' });
const moved = resolveSite('/site', {
  title: 'Moved',
  blog: { path: 'content/stories', routeBasePath: '/stories/', postsPerPage: 5, feeds: ['atom'] },
  docs: { path: 'guide', routeBasePath: 'handbook' },
  routes: { search: '/find' },
});

describe('a site manifest', () => {
  it("fills in Docusaurus's defaults for what it leaves out", () => {
    expect(defaults.blog).toMatchObject({ path: 'blog', routeBasePath: 'blog', postsPerPage: 10, feedSize: 20 });
    expect(defaults.docs).toEqual({ path: 'docs', routeBasePath: 'docs' });
    expect(tagsFile(defaults)).toBe('blog/tags.yml');
    expect(authorsFile(defaults)).toBe('blog/authors.yml');
    expect(lockFile(defaults)).toBe('blog/permalinks.lock');
  });

  it('puts every route and file where the manifest says', () => {
    expect(postRoute(moved, 'a-story')).toBe('/stories/a-story');
    expect(tagRoute(moved, '/career')).toBe('/stories/tags/career');
    expect(authorRoute(moved, 'ana')).toBe('/stories/authors/ana');
    expect(archiveRoute(moved)).toBe('/stories/archive');
    expect(listPageRoute(moved, 3)).toBe('/stories/page/3');
    expect(feedRoutes(moved)).toEqual({ atom: '/stories/atom.xml' });
    expect(postFile(moved, 'a-story')).toBe('content/stories/a-story.md');
    expect(tagsFile(moved)).toBe('content/stories/tags.yml');
    expect(docRoute(moved, 'guide/intro.md')).toBe('/handbook/intro');
    expect(docRoute(moved, 'guide/part/index.mdx')).toBe('/handbook/part');
    expect(docRoute(moved, 'guide/part/x.md', 'y')).toBe('/handbook/part/y');
    expect(docRoute(moved, 'guide/part/x.md', '/top')).toBe('/handbook/top');
    expect(fixedRoutes(moved)).toEqual([
      '/',
      '/stories',
      '/stories/archive',
      '/stories/tags',
      '/stories/authors',
      '/handbook',
      '/stories/atom.xml',
      '/find',
    ]);
    expect(siteRoutes(moved)).toMatchObject({ blog: '/stories', docs: '/handbook', pages: { search: '/find' } });
  });

  it('counts list pages by its page size', () => {
    expect(listPageCount(moved, 0)).toBe(1);
    expect(listPageCount(moved, 5)).toBe(1);
    expect(listPageCount(moved, 6)).toBe(2);
    expect(listPageCount(defaults, 21)).toBe(3);
  });

  it('serves a blog at the site root when its route base is empty', () => {
    const root = resolveSite('/site', { title: 'Root', blog: { routeBasePath: '' } });
    expect(postRoute(root, 'a-story')).toBe('/a-story');
    expect(tagRoute(root, '/career')).toBe('/tags/career');
  });

  it('names a page a plugin needs, or says it is missing', () => {
    expect(namedRoute(moved, 'search')).toBe('/find');
    expect(() => namedRoute(moved, 'startHere')).toThrow(/site\.yml: routes\.startHere is missing/);
  });

  it('puts a route under the base URL', () => {
    expect(withBaseUrl('/', '/stories/a')).toBe('/stories/a');
    expect(withBaseUrl('/sub/', '/stories/a')).toBe('/sub/stories/a');
    expect(withBaseUrl('/sub/', '/')).toBe('/sub/');
  });

  it('tells a path inside the site from one outside', () => {
    expect(pathInSite(defaults, '/site/blog/a.md')).toBe('blog/a.md');
    expect(pathInSite(defaults, '/elsewhere/a.md')).toBeUndefined();
  });
});

describe('site.yml on disk', () => {
  const site = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-manifest-'));
    writeFileSync(join(dir, MANIFEST_FILE), text);
    return dir;
  };
  const refusal = (text: string): ContentError => {
    try {
      parseManifest(text);
    } catch (error) {
      if (error instanceof ContentError) return error;
      throw error;
    }
    throw new Error('accepted');
  };

  it('is read with its folder as the site', () => {
    const dir = site('title: On disk\nblog:\n  path: posts\n');
    expect(loadSite(dir)).toMatchObject({ dir, title: 'On disk', blog: { path: 'posts' } });
  });

  it('refuses a wrong value at its line and column, naming the field', () => {
    const error = refusal('title: T\nblog:\n  path: blog\n  postsPerPage: 0\n');
    expect([error.file, error.line, error.column, error.rule]).toEqual([MANIFEST_FILE, 4, 17, 'site-manifest']);
    expect(error.reason).toMatch(/^blog\.postsPerPage: /);
  });

  it('refuses an unknown field at its key, and a folder outside the site', () => {
    const unknown = refusal('title: T\nblog:\n  pth: blog\n');
    expect([unknown.line, unknown.reason]).toEqual([3, 'unknown field "blog.pth"']);
    expect(refusal('title: T\ndocs:\n  path: ../elsewhere\n').reason).toMatch(/docs\.path: must be a folder inside/);
  });

  it('refuses YAML that is not data, like every content file', () => {
    expect(refusal('title: [unclosed\n').rule).toBe('site-manifest');
    expect(refusal('title: !!js/function "x"\n').message).toMatch(/^site\.yml:1:\d+ /);
  });

  it('is required: a folder without one is not a site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-no-manifest-'));
    expect(() => loadSite(dir)).toThrow(/site\.yml:1:1 cannot be read \(ENOENT\): every site has a site\.yml/);
  });
});
