/**
 * Bundling settings that let a blog of many thousand posts build within the machine's memory.
 *
 * Docusaurus bundles the browser and the server code with one Rspack multi-compiler, both at
 * once. At 10,000 posts each holds every post's modules, and both our build and stock Docusaurus
 * passed 20 GB while bundling (the bench's memory cap; stock reached 24 GB, the whole machine,
 * before this site existed). For a large blog this plugin has the server compiler wait for the
 * browser's (webpack's `dependencies` between named configs, which Rspack honours), so only one
 * holds its modules at a time, and turns off two optimisations that walk every chunk: module
 * concatenation and merging duplicate chunks. Our 10,000-post build then finished in 465 s with a
 * peak of 14.5 GB (Rspack's persistent cache on; 10.5 GB with it off).
 * Below the threshold nothing changes: concatenation makes the JS every page loads smaller, and
 * the two compilers share the cores.
 *
 * `SDE_LOW_MEMORY_BUNDLING=1` turns the settings on for any blog, `=0` off (docs/performance.md).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listMarkdownFiles } from '../../../content-engine/src/content/load';

/** From this many posts on, the blog bundles with the low-memory settings. */
export const LARGE_BLOG_POSTS = 3000;

export function lowMemoryBundling(posts: number, setting = process.env.SDE_LOW_MEMORY_BUNDLING): boolean {
  if (setting === '1') return true;
  if (setting === '0') return false;
  return posts >= LARGE_BLOG_POSTS;
}

/** What the plugin adds to each compiler's configuration when the settings are on. */
export function lowMemoryConfig(isServer: boolean) {
  return {
    ...(isServer ? { name: 'server', dependencies: ['client'] } : { name: 'client' }),
    optimization: { concatenateModules: false, mergeDuplicateChunks: false },
  };
}

export default function largeBlogPlugin(context: LoadContext): Plugin {
  const on = lowMemoryBundling(listMarkdownFiles(context.siteDir, 'blog').length);
  return {
    name: 'large-blog',
    configureWebpack: (_config, isServer) => (on ? lowMemoryConfig(isServer) : {}),
  };
}
