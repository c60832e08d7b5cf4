/**
 * The archive page's data (src/plugins/content-model): every listed story, newest first, with only
 * the title, date and link the page shows, and the blog plugin's own archive (which handed the page
 * every post whole) switched off. Runs the plugin on a copy of the site whose blog holds the seed
 * stories (test/fixtures/seeds/imported) plus a draft and an unlisted post, never on blog/ itself.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { LoadContext, PluginContentLoadedActions, RouteConfig } from '@docusaurus/types';
import contentModelPlugin, { type ArchiveData } from '../../src/plugins/content-model';
import { blogOptions } from '../../src/config/blog';
import { copySite } from '../helpers/site';
import { archiveRoute, isListed, loadPosts, loadSite, postFile, postRoute } from '@sde/content-engine';

const copy = copySite({ posts: 'seeds' });
const site = copy.dir;
afterAll(() => copy.dispose());

/** The newest post again under another slug, with `extra` in its frontmatter. */
function variant(slug: string, extra: Record<string, unknown>): void {
  const layout = loadSite(site);
  const [newest] = loadPosts(layout);
  writeFileSync(
    join(site, postFile(layout, slug)),
    matter.stringify(newest!.content, { ...newest!.frontMatter, slug, ...extra }),
  );
}

async function run(baseUrl: string): Promise<{ routes: RouteConfig[]; data: Map<string, string> }> {
  const routes: RouteConfig[] = [];
  const data = new Map<string, string>();
  const actions = {
    setGlobalData: () => {},
    addRoute: (route: RouteConfig) => routes.push(route),
    createData: async (name: string, content: string) => {
      data.set(name, content);
      return name;
    },
  } as unknown as PluginContentLoadedActions;
  const plugin = contentModelPlugin({ siteDir: site, baseUrl } as LoadContext);
  const content = await plugin.loadContent!();
  await plugin.contentLoaded!({ content, actions, allContent: {} } as never);
  return { routes, data };
}

describe('the archive', () => {
  const layout = loadSite(site);
  const postUrl = (slug: string) => postRoute(layout, slug);
  const ARCHIVE_PATH = archiveRoute(layout).slice(1);
  variant('archive-test-draft', { draft: true });
  variant('archive-test-unlisted', { unlisted: true });
  const all = loadPosts(loadSite(site));
  const listed = all.filter(isListed);

  it('is given a draft and an unlisted post to leave out', () => {
    const slugs = all.map((post) => post.frontMatter.slug);
    expect(slugs).toEqual(expect.arrayContaining(['archive-test-draft', 'archive-test-unlisted']));
  });

  it('is this plugin’s route, not the blog plugin’s', () => {
    expect(blogOptions(layout).archiveBasePath).toBeNull();
  });

  it('lists every listed story, newest first, with only its title, date and link', async () => {
    const { routes, data } = await run('/');
    const route = routes.find((candidate) => candidate.path === `/${ARCHIVE_PATH}`);
    expect(route?.component).toBe('@theme/BlogArchivePage');
    const archive = JSON.parse(data.get(route!.modules!.archive as string)!) as ArchiveData;
    expect(archive.blogPosts.map((post) => post.metadata.permalink)).toEqual(
      listed.map((post) => postUrl(post.frontMatter.slug)),
    );
    for (const [index, { metadata }] of archive.blogPosts.entries()) {
      expect(Object.keys(metadata).sort()).toEqual(['date', 'permalink', 'title']);
      expect(metadata.title).toBe(listed[index]!.frontMatter.title);
      expect(metadata.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const permalinks = archive.blogPosts.map((post) => post.metadata.permalink);
    expect(permalinks).not.toContain(postUrl('archive-test-draft'));
    expect(permalinks).not.toContain(postUrl('archive-test-unlisted'));
  });

  it('sits under the site’s base URL', async () => {
    const { routes } = await run('/sde/');
    expect(routes.map((route) => route.path)).toContain(`/sde/${ARCHIVE_PATH}`);
  });
});
