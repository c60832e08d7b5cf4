import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import postcss, { type AcceptedPlugin } from 'postcss';
import { settlePostCss } from '../../src/plugins/bundler-settings';
import { ROOT } from '../helpers/paths';

const require = createRequire(import.meta.url);
const presetEnv = require.resolve('postcss-preset-env');

const CSS = `
.a { display: flex; user-select: none; inset: 0; }
@media (width >= 600px) { .b:focus-visible { color: rgb(0 0 0 / 50%); } }
.c { & .d { color: red; } }
`;

describe('bundler settings: PostCSS plugins made once, no config search', () => {
  it('turns the plugins Docusaurus names into instances that transform CSS as postcss-loader’s would', async () => {
    const marker: AcceptedPlugin = { postcssPlugin: 'marker', Once: (root) => void root.append({ text: 'marked' }) };
    const settled = settlePostCss({ ident: 'postcss', plugins: [[presetEnv, {}], marker] });
    expect(settled.config).toBe(false);
    expect(settled.ident).toBe('postcss');
    expect(settled.plugins).toHaveLength(2);
    expect(settled.plugins.every((plugin) => typeof plugin !== 'string' && !Array.isArray(plugin))).toBe(true);
    expect(settled.plugins[1]).toBe(marker);
    // What postcss-loader does with `[path, {}]`: the creator itself, which postcss calls per run.
    const perFile = await postcss([require(presetEnv), marker]).process(CSS, { from: 'a.css' });
    const once = await postcss(settled.plugins as AcceptedPlugin[]).process(CSS, { from: 'a.css' });
    expect(once.css).toBe(perFile.css);
    expect(once.css).toContain('marked');
    expect(once.css).not.toBe(CSS);
  });

  it('still matches what Docusaurus hands to configurePostCss', () => {
    const loader = readFileSync(join(ROOT, 'node_modules/@docusaurus/bundler/lib/loaders/styleLoader.js'), 'utf8');
    // The plugin as a [path, options] pair, and no `config` option (so postcss-loader would search).
    expect(loader).toMatch(/plugins: \[\s*\[\s*require\.resolve\('postcss-preset-env'\),/);
    expect(loader).not.toMatch(/config:/);
  });
});
