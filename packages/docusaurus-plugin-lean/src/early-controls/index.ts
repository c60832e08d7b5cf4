/**
 * Early controls: the inline script of script.ts, after the page's body, set up from the site's
 * colour-mode settings and translations, and the theme components it needs (../theme/): the
 * colour-mode toggle with a class to find it by, and the mobile menu in the build's HTML.
 */
import type { HtmlTagObject, LoadContext } from '@docusaurus/types';
import { fileURLToPath } from 'node:url';
import { earlyControlsScript } from './script';

/** The plugin's theme: components that wrap the classic theme's for the early controls. */
export const THEME_PATH = fileURLToPath(new URL('../theme', import.meta.url));

/** The inline script for this site: its storage, its colour-mode cycle and its own words. */
export function earlyControlsTag(context: LoadContext): HtmlTagObject {
  const colorMode = context.siteConfig.themeConfig.colorMode as { respectPrefersColorScheme?: boolean } | undefined;
  const message = (id: string, fallback: string) => context.codeTranslations[id] ?? fallback;
  const script = earlyControlsScript({
    storage: context.siteStorage.type,
    storageKey: `theme${context.siteStorage.namespace}`,
    respectPrefersColorScheme: colorMode?.respectPrefersColorScheme ?? false,
    modeLabels: {
      system: message('theme.colorToggle.ariaLabel.mode.system', 'system mode'),
      light: message('theme.colorToggle.ariaLabel.mode.light', 'light mode'),
      dark: message('theme.colorToggle.ariaLabel.mode.dark', 'dark mode'),
    },
    ariaLabel: message('theme.colorToggle.ariaLabel', 'Switch between dark and light mode (currently {mode})'),
  });
  return { tagName: 'script', innerHTML: script };
}
