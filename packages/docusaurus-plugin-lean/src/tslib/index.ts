/**
 * One tslib helper instead of tslib. @docusaurus/utils-common, which main.js needs, requires all of
 * tslib (about 4 KB gzip) for one helper; its requests get tslib.js, with just that helper.
 * `UTILS_COMMON_TSLIB_HELPERS` is what a canary checks the package still uses.
 */
import { fileURLToPath } from 'node:url';
import type { Swap } from '../shared';

export const UTILS_COMMON = /@docusaurus[\\/]utils-common[\\/]lib([\\/]|$)/;
export const TSLIB_REQUEST = /^tslib$/;
export const UTILS_COMMON_TSLIB_HELPERS = ['__importDefault'];
export const TSLIB_SUBSET = fileURLToPath(new URL('./tslib.js', import.meta.url));

export const TSLIB_SWAPS: Swap[] = [{ request: TSLIB_REQUEST, from: UTILS_COMMON, to: TSLIB_SUBSET }];
