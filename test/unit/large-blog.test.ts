/**
 * The low-memory bundling settings for a large blog (src/plugins/large-blog): when they apply, what
 * they set, and the upstream behaviour they rely on.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  LARGE_BLOG_POSTS,
  lowMemoryBundling,
  lowMemoryConfig,
} from '../../packages/docusaurus-plugin-lean/src/low-memory';

const require = createRequire(import.meta.url);

describe('low-memory bundling', () => {
  it('applies from the threshold on, unless the environment says otherwise', () => {
    expect(lowMemoryBundling(LARGE_BLOG_POSTS - 1, undefined)).toBe(false);
    expect(lowMemoryBundling(LARGE_BLOG_POSTS, undefined)).toBe(true);
    expect(lowMemoryBundling(3, '1')).toBe(true);
    expect(lowMemoryBundling(100_000, '0')).toBe(false);
    expect(lowMemoryBundling(3, 'yes')).toBe(false);
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
  it('Docusaurus still bundles browser and server code with one multi-compiler', () => {
    const compiler = readFileSync(join(dirname(require.resolve('@docusaurus/bundler')), 'compiler.js'), 'utf8');
    expect(compiler).toMatch(/currentBundler\.instance\(configs\)/);
  });

  it('Rspack’s multi-compiler still orders compilers by their dependencies', () => {
    const rspack = readFileSync(require.resolve('@rspack/core'), 'utf8');
    expect(rspack).toMatch(/setDependencies\(\w+, \w+\.options\.dependencies\)/);
  });
});
