/**
 * The low-memory bundling settings for a large blog (src/low-memory/): when they apply, what
 * they set, and the upstream behaviour they rely on.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BLOG_PLUGIN, countBlogPosts, LARGE_BLOG_POSTS, lowMemoryBundling, lowMemoryConfig } from '../src/low-memory';
import { docusaurusLib } from './upstream';

const require = createRequire(import.meta.url);

describe('low-memory bundling', () => {
  it('applies from the threshold on, unless the environment says otherwise', () => {
    expect(lowMemoryBundling(LARGE_BLOG_POSTS - 1, undefined)).toBe(false);
    expect(lowMemoryBundling(LARGE_BLOG_POSTS, undefined)).toBe(true);
    expect(lowMemoryBundling(3, '1')).toBe(true);
    expect(lowMemoryBundling(100_000, '0')).toBe(false);
    expect(lowMemoryBundling(3, 'yes')).toBe(false);
  });

  it('takes its threshold and a fixed choice from the options; the environment still wins', () => {
    expect(lowMemoryBundling(99, undefined, { fromPosts: 100 })).toBe(false);
    expect(lowMemoryBundling(100, undefined, { fromPosts: 100 })).toBe(true);
    expect(lowMemoryBundling(100_000, undefined, { mode: false })).toBe(false);
    expect(lowMemoryBundling(0, undefined, { mode: true })).toBe(true);
    expect(lowMemoryBundling(0, '1', { mode: false })).toBe(true);
    expect(lowMemoryBundling(100_000, '0', { mode: true })).toBe(false);
  });

  it('counts the posts every blog plugin instance loaded, and nothing else', () => {
    const posts = (count: number) => ({ blogPosts: Array.from({ length: count }, (_, i) => ({ id: `post-${i}` })) });
    expect(countBlogPosts({})).toBe(0);
    expect(
      countBlogPosts({
        [BLOG_PLUGIN]: { default: posts(2), changelog: posts(3), empty: undefined },
        'docusaurus-plugin-content-docs': { default: posts(50) },
      }),
    ).toBe(5);
  });

  it('has the server compiler wait for the browser one, and drops the chunk-walking optimisations', () => {
    expect(lowMemoryConfig(false)).toEqual({
      name: 'client',
      optimization: { concatenateModules: false, mergeDuplicateChunks: false },
    });
    expect(lowMemoryConfig(true)).toMatchObject({ name: 'server', dependencies: ['client'] });
  });

  // Canaries: the settings order the two compilers only if Docusaurus still hands both configs to
  // one multi-compiler, and that compiler still runs a config after the ones it depends on.
  // Why: both compilers at once hold every post's modules twice; a 10,000-post blog ran out of memory.
  it('Docusaurus still bundles browser and server code with one multi-compiler', () => {
    const compiler = readFileSync(join(dirname(require.resolve('@docusaurus/bundler')), 'compiler.js'), 'utf8');
    expect(compiler).toMatch(/currentBundler\.instance\(configs\)/);
  });

  // The count comes from allContentLoaded; the settings are read in configureWebpack.
  it('a build loads every plugin’s content, allContentLoaded included, before it configures the bundler', () => {
    const core = docusaurusLib('core');
    const build = readFileSync(join(core, 'commands', 'build', 'buildLocale.js'), 'utf8');
    const loadSite = build.indexOf('site_1.loadSite)(');
    const configure = build.indexOf('getBuildClientConfig({');
    expect(loadSite).toBeGreaterThan(0);
    expect(configure).toBeGreaterThan(loadSite);
    const site = readFileSync(join(core, 'server', 'site.js'), 'utf8');
    expect(site).toMatch(/async function loadSite\(params\) \{[^]*?await \(0, plugins_1\.loadPlugins\)\(context\)/);
    const plugins = readFileSync(join(core, 'server', 'plugins', 'plugins.js'), 'utf8');
    expect(plugins).toMatch(/async function loadPlugins\(context\) \{[^]*?executeAllPluginsAllContentLoaded\(/);
    expect(plugins).toMatch(/const allContent = \(0, pluginsUtils_1\.aggregateAllContent\)\(plugins\)/);
  });

  it('the blog plugin is still named as counted, and its content still holds its posts as blogPosts', () => {
    const blog = readFileSync(join(docusaurusLib('plugin-content-blog'), 'index.js'), 'utf8');
    expect(blog).toMatch(new RegExp(`const PluginName = '${BLOG_PLUGIN}';`));
    expect(blog).toMatch(/name: PluginName,/);
    expect(blog).toMatch(/return \{\s*blogTitle,\s*blogDescription,\s*blogSidebarTitle,\s*blogPosts,/);
  });

  it('Rspack’s multi-compiler still orders compilers by their dependencies', () => {
    const rspack = readFileSync(require.resolve('@rspack/core'), 'utf8');
    expect(rspack).toMatch(/setDependencies\(\w+, \w+\.options\.dependencies\)/);
  });
});
