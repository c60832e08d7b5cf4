/**
 * The smaller swaps of client modules (prism/, tslib/, intl-dates/, idle-prefetch/), each with the
 * canary that pins the upstream file it replaces: when one fails, Docusaurus changed that file, so
 * compare it with ours (upstream may even have fixed what the swap is for, and the swap can go).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tslib from 'tslib';
import { CORE_CLIENT } from '../src/shared';
import { PRISM_LANGUAGES_MODULE, needsPrismLanguages } from '../src/prism';
import { UTILS_COMMON, UTILS_COMMON_TSLIB_HELPERS } from '../src/tslib';
import * as tslibSubset from '../src/tslib/tslib.js';
import { INTL_UTILS, INTL_UTILS_REQUEST, THEME_COMMON } from '../src/intl-dates';
import { IDLE_PREFETCH_SWAPS, PREFETCH_REQUEST, ROUTE_SHARDS_CLIENT } from '../src/idle-prefetch';
import { docusaurusLib, SRC } from './upstream';

describe('canaries for the client modules the swaps replace', () => {
  // Why: with no additionalLanguages it does nothing, yet puts all of Prism into main.js.
  it('prism-include-languages: names the classic theme’s Prism client module and nothing else of the theme', () => {
    const lib = docusaurusLib('theme-classic');
    expect(existsSync(join(lib, 'prism-include-languages.js'))).toBe(true);
    expect(PRISM_LANGUAGES_MODULE.test(join(lib, 'prism-include-languages'))).toBe(true);
    expect(PRISM_LANGUAGES_MODULE.test(join(lib, 'prism-include-languages.js'))).toBe(true);
    // The swizzlable theme component of the same name is not a client module.
    expect(PRISM_LANGUAGES_MODULE.test(join(lib, 'theme', 'prism-include-languages.js'))).toBe(false);
    // And it is a client module of the theme, which is what puts it into main.js.
    expect(readFileSync(join(lib, 'index.js'), 'utf8')).toMatch(/prism-include-languages/);
  });

  // Why: utils-common requires all of tslib for one helper.
  it('utils-common’s tslib: gets every tslib helper it calls, behaving as tslib’s do', () => {
    const lib = docusaurusLib('utils-common');
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

  // Why: the first Intl.DateTimeFormat costs 30–80 ms of main thread while the page hydrates.
  it('theme-common’s IntlUtils: the one module that imports them, and every hook it exports', () => {
    const lib = docusaurusLib('theme-common');
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
    expect(exports(INTL_UTILS)).toEqual(original);
    expect(INTL_UTILS).toBe(join(SRC, 'intl-dates', 'intl-utils.ts'));
  });

  // Why: the first batch of viewport prefetches came all at once while the page hydrated.
  it('core client prefetch: replaced where the client imports it, with a default export as it has', () => {
    const client = join(docusaurusLib('core'), 'client');
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

describe('the swaps', () => {
  it('keep Prism’s languages module for a site that asks for extra languages', () => {
    expect(needsPrismLanguages({})).toBe(false);
    expect(needsPrismLanguages({ prism: { additionalLanguages: [] } })).toBe(false);
    expect(needsPrismLanguages({ prism: { additionalLanguages: ['rust'] } })).toBe(true);
  });

  it('give the route shards’ window.docusaurus the idle prefetch helper, asked for as core asks for it', () => {
    const shardsClient = join(SRC, 'route-shards', 'client');
    expect(ROUTE_SHARDS_CLIENT.test(shardsClient)).toBe(true);
    expect(ROUTE_SHARDS_CLIENT.test(join(shardsClient, 'nested'))).toBe(false);
    expect(readFileSync(join(shardsClient, 'docusaurus.ts'), 'utf8')).toContain(
      "import prefetchHelper from './prefetch';",
    );
    // Without the swap, the request finds Docusaurus's own helper.
    expect(readFileSync(join(shardsClient, 'prefetch.ts'), 'utf8')).toContain(
      "export { default } from '@docusaurus/core/lib/client/prefetch';",
    );
    expect(IDLE_PREFETCH_SWAPS.map((swap) => 'from' in swap && swap.from.test(shardsClient))).toEqual([false, true]);
  });
});
