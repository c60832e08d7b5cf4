import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tslib from 'tslib';
import { PRISM_LANGUAGES_MODULE, UTILS_COMMON, UTILS_COMMON_TSLIB_HELPERS } from '../../src/plugins/lean-client';
import * as tslibSubset from '../../src/plugins/lean-client/tslib.js';
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
});
