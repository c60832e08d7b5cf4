/**
 * Bundling settings that let a blog of many thousand posts build within the machine's memory.
 *
 * Docusaurus bundles the browser and the server code with one Rspack multi-compiler, both at
 * once. At 10,000 posts each holds every post's modules, and both our build and stock Docusaurus
 * passed 20 GB while bundling (the bench's memory cap; stock reached 24 GB, the whole machine,
 * before this site existed). For a large blog the plugin has the server compiler wait for the
 * browser's (webpack's `dependencies` between named configs, which Rspack honours), so only one
 * holds its modules at a time, and turns off two optimisations that walk every chunk: module
 * concatenation and merging duplicate chunks. Our 10,000-post build then finished in 465 s with a
 * peak of 14.5 GB (Rspack's persistent cache on; 10.5 GB with it off).
 * Below the threshold nothing changes: concatenation makes the JS every page loads smaller, and
 * the two compilers share the cores.
 *
 * The posts counted are those Docusaurus loaded: every blog plugin instance's `blogPosts`, read in
 * `allContentLoaded`, which a build runs before it asks plugins to configure the bundler.
 * `SDE_LOW_MEMORY_BUNDLING=1` turns the settings on for any blog, `=0` off, whatever the options say.
 */
import type { AllContent } from '@docusaurus/types';

/** From this many posts on, the blog bundles with the low-memory settings (option `lowMemoryFromPosts`). */
export const LARGE_BLOG_POSTS = 3000;

/** The name every instance of Docusaurus's blog plugin has. */
export const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

/** Posts loaded by every instance of the blog plugin. */
export function countBlogPosts(allContent: AllContent): number {
  let posts = 0;
  for (const content of Object.values(allContent[BLOG_PLUGIN] ?? {})) {
    const blogPosts = (content as { blogPosts?: unknown } | undefined)?.blogPosts;
    if (Array.isArray(blogPosts)) posts += blogPosts.length;
  }
  return posts;
}

export interface LowMemoryOptions {
  /** `'auto'`: from `fromPosts` posts on; `true` or `false`: always or never. */
  mode?: 'auto' | boolean;
  fromPosts?: number;
}

/** Whether to bundle with the low-memory settings. The environment variable wins over the options. */
export function lowMemoryBundling(
  posts: number,
  setting = process.env.SDE_LOW_MEMORY_BUNDLING,
  { mode = 'auto', fromPosts = LARGE_BLOG_POSTS }: LowMemoryOptions = {},
): boolean {
  if (setting === '1') return true;
  if (setting === '0') return false;
  if (mode !== 'auto') return mode;
  return posts >= fromPosts;
}

/** What the plugin adds to each compiler's configuration when the settings are on. */
export function lowMemoryConfig(isServer: boolean) {
  return {
    ...(isServer ? { name: 'server', dependencies: ['client'] } : { name: 'client' }),
    optimization: { concatenateModules: false, mergeDuplicateChunks: false },
  };
}
