/**
 * Prism only where there is code. The classic theme's client module that registers
 * `prism.additionalLanguages` on Prism does nothing when none are set, yet it puts all of Prism
 * (about 35 KB gzip) into main.js: it is swapped for an empty module. A site with extra languages
 * needs the real module, and keeps it (index.ts checks the theme config).
 */
import { fileURLToPath } from 'node:url';
import type { Swap } from '../shared';

/** The classic theme's client module, not the swizzlable theme component of the same name. */
export const PRISM_LANGUAGES_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;
export const NOOP_MODULE = fileURLToPath(new URL('./noop.js', import.meta.url));

/** True when the site asks Prism for languages beyond its defaults: then the module stays. */
export function needsPrismLanguages(themeConfig: Record<string, unknown>): boolean {
  const prism = themeConfig.prism as { additionalLanguages?: string[] } | undefined;
  return (prism?.additionalLanguages?.length ?? 0) > 0;
}

export const PRISM_SWAPS: Swap[] = [{ resource: PRISM_LANGUAGES_MODULE, to: NOOP_MODULE }];
