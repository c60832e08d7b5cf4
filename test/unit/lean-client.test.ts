import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tslib from 'tslib';
import {
  CORE_CLIENT,
  INTL_UTILS_REQUEST,
  PREFETCH_REQUEST,
  PRISM_LANGUAGES_MODULE,
  THEME_COMMON,
  UTILS_COMMON,
  UTILS_COMMON_TSLIB_HELPERS,
} from '../../packages/docusaurus-plugin-lean/src/lean-client';
import * as tslibSubset from '../../packages/docusaurus-plugin-lean/src/lean-client/tslib.js';
import { ROOT } from '../helpers/paths';

const modules = join(ROOT, 'node_modules', '@docusaurus');

describe('the lean-client plugin', () => {
  it('names the classic theme’s Prism client module and nothing else of the theme', () => {
    const lib = join(modules, 'theme-classic', 'lib');
    expect(existsSync(join(lib, 'prism-include-languages.js'))).toBe(true);
    expect(PRISM_LANGUAGES_MODULE.test(join(lib, 'prism-include-languages'))).toBe(true);
    expect(PRISM_LANGUAGES_MODULE.test(join(lib, 'prism-include-languages.js'))).toBe(true);
    // The swizzlable theme component of the same name is not a client module.
    expect(PRISM_LANGUAGES_MODULE.test(join(lib, 'theme', 'prism-include-languages.js'))).toBe(false);
  });

  it('gives @docusaurus/utils-common every tslib helper it calls, behaving as tslib’s do', () => {
    const lib = join(modules, 'utils-common', 'lib');
    expect(UTILS_COMMON.test(lib)).toBe(true);
    const used = new Set<string>();
    for (const file of readdirSync(lib).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(join(lib, file), 'utf8');
      for (const match of text.matchAll(/tslib_\d+\.(__\w+)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].sort()).toEqual([...UTILS_COMMON_TSLIB_HELPERS].sort());
    const subset: Record<string, unknown> = tslibSubset;
    for (const helper of UTILS_COMMON_TSLIB_HELPERS) expect(typeof subset[helper]).toBe('function');

    const commonJs = { value: 1 };
    const esModule = { __esModule: true, default: 2 };
    expect(tslibSubset.__importDefault(commonJs)).toEqual(tslib.__importDefault(commonJs));
    expect(tslibSubset.__importDefault(esModule)).toBe(tslib.__importDefault(esModule));
  });

  it('replaces the theme’s date hooks: the one module that imports them, and every hook it exports', () => {
    const lib = join(modules, 'theme-common', 'lib');
    expect(THEME_COMMON.test(lib)).toBe(true);
    const importers: string[] = [];
    for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))) {
      for (const [, request] of readFileSync(join(lib, file), 'utf8').matchAll(/from '([^']*IntlUtils[^']*)'/g)) {
        importers.push(`${file}: ${request}`);
        expect(INTL_UTILS_REQUEST.test(request!)).toBe(true);
      }
    }
    expect(importers).toEqual(['internal.js: ./utils/IntlUtils']);
    // Read, not imported: the stand-in imports a module only the bundler resolves.
    const exports = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/export function (\w+)/g)].map((match) => match[1]).sort();
    const original = exports(join(lib, 'utils', 'IntlUtils.js'));
    expect(original).toContain('useDateTimeFormat');
    expect(exports(join(ROOT, 'packages', 'docusaurus-plugin-lean', 'src', 'lean-client', 'intl-utils.ts'))).toEqual(
      original,
    );
  });

  it('replaces Docusaurus’s prefetch helper where the client imports it, with a default export as it has', () => {
    const client = join(modules, 'core', 'lib', 'client');
    expect(CORE_CLIENT.test(client)).toBe(true);
    const importers = readdirSync(client, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .flatMap((file) =>
        [...readFileSync(join(client, file), 'utf8').matchAll(/import (\w+) from '(\.\/prefetch[^']*)'/g)].map(
          ([, , request]) => `${file}: ${request}`,
        ),
      );
    expect(importers).toEqual(['docusaurus.js: ./prefetch']);
    expect(PREFETCH_REQUEST.test('./prefetch')).toBe(true);
    expect(readFileSync(join(client, 'prefetch.js'), 'utf8')).toMatch(/export default function prefetch\(url\)/);
  });
});

describe('the theme markup the header’s early controls and layout rely on', () => {
  const theme = join(modules, 'theme-classic', 'lib', 'theme');
  const read = (...parts: string[]) => readFileSync(join(theme, ...parts), 'utf8');

  it('the colour-mode toggle is disabled, with a toggleButtonDisabled class, until hydration: the inline script enables it', () => {
    const toggle = read('ColorModeToggle', 'index.js');
    expect(toggle).toMatch(/!isBrowser && styles\.toggleButtonDisabled/);
    expect(toggle).toMatch(/disabled=\{!isBrowser\}/);
    expect(read('ColorModeToggle', 'styles.module.css')).toMatch(/^\.toggleButtonDisabled \{/m);
  });

  it('the mobile menu renders nothing until the browser knows the window is narrow: our wrapper renders its layout before', () => {
    const sidebar = read('Navbar', 'MobileSidebar', 'index.js');
    expect(sidebar).toMatch(/if \(!mobileSidebar\.shouldRender\) \{\s*return null;\s*\}/);
    for (const part of ['Layout', 'Header', 'PrimaryMenu', 'SecondaryMenu']) {
      expect(sidebar).toContain(`import NavbarMobileSidebar${part} from '@theme/Navbar/MobileSidebar/${part}';`);
    }
    // The open state is the navbar's class and the toggle's aria-expanded, as the inline script sets them.
    expect(read('Navbar', 'Layout', 'index.js')).toMatch(/'navbar-sidebar--show': mobileSidebar\.shown/);
    expect(read('Navbar', 'MobileSidebar', 'Toggle', 'index.js')).toMatch(/aria-expanded=\{shown\}/);
  });

  it('below 997 px the theme lays the search box over the header, which src/css/custom.css undoes', () => {
    expect(read('Navbar', 'Search', 'styles.module.css')).toMatch(
      /@media \(max-width: 996px\) \{\s*\.navbarSearchContainer \{\s*position: absolute;/,
    );
  });
});
