/**
 * No Intl.DateTimeFormat while a page hydrates. The theme's date hooks (theme-common's
 * utils/IntlUtils) are the one module that creates Intl.DateTimeFormat objects then; its requests
 * get intl-utils.ts, which writes English dates out (dates.ts) and hands any other format to Intl.
 */
import { fileURLToPath } from 'node:url';
import type { Swap } from '../shared';

export const THEME_COMMON = /@docusaurus[\\/]theme-common[\\/]lib([\\/]|$)/;
export const INTL_UTILS_REQUEST = /^\.\/utils\/IntlUtils(\.js)?$/;
export const INTL_UTILS = fileURLToPath(new URL('./intl-utils.ts', import.meta.url));

export const INTL_DATES_SWAPS: Swap[] = [{ request: INTL_UTILS_REQUEST, from: THEME_COMMON, to: INTL_UTILS }];
