/**
 * The header's controls before the page's scripts have run (they run on the reader's first input:
 * template/html-template.ts): a small inline script opens and closes the mobile menu and cycles
 * the colour mode, as the theme would, until the page has hydrated (`data-has-hydrated="true"` on
 * `<html>`). It takes those clicks before React's listeners (or the template's, which would click
 * them again after hydration) see them, so that none is handled twice. The theme's components pick
 * up what was changed as they hydrate: the colour mode from the `<html>` attributes (as the theme
 * always does), the menu through this package's theme/Navbar/MobileSidebar.
 *
 * The build renders the colour-mode button disabled until hydration (theme-classic's
 * ColorModeToggle: `disabled={!isBrowser}` and a `toggleButtonDisabled` class); the script enables
 * it. test/theme.test.ts pins that markup.
 */

/** Class theme/ColorModeToggle adds to every colour-mode toggle, for the script to find. */
export const COLOR_MODE_TOGGLE_CLASS = 'theme-color-mode-toggle';
/** Docusaurus's classes: the navbar shows its sidebar with `navbar-sidebar--show`. */
export const MENU_OPEN_CLASS = 'navbar-sidebar--show';

export interface EarlyControlsOptions {
  /** Where the theme keeps the colour-mode choice: the site's storage, key `theme` plus its namespace. */
  storage: 'localStorage' | 'sessionStorage';
  storageKey: string;
  /** Three choices (system, light, dark) when the site respects the system's preference, else two. */
  respectPrefersColorScheme: boolean;
  /** The toggle's title for each choice, and its aria-label with `{mode}` for that title. */
  modeLabels: { system: string; light: string; dark: string };
  ariaLabel: string;
}

export function earlyControlsScript(options: EarlyControlsOptions): string {
  const cycle = options.respectPrefersColorScheme
    ? { system: 'light', light: 'dark', dark: 'system' }
    : { system: 'dark', light: 'dark', dark: 'light' };
  const data = JSON.stringify({
    storage: options.storage,
    key: options.storageKey,
    cycle,
    labels: options.modeLabels,
    aria: options.ariaLabel,
  });
  return [
    '!function(){',
    `var d=${data},root=document.documentElement,toggles=".${COLOR_MODE_TOGGLE_CLASS} button";`,
    'document.querySelectorAll(toggles).forEach(function(button){',
    'button.disabled=false;button.className=button.className.replace(/\\btoggleButtonDisabled_\\S+/g,"")',
    '});',
    'function menu(open){',
    'var nav=document.querySelector(".navbar");if(!nav)return;',
    `nav.classList.toggle("${MENU_OPEN_CLASS}",open);`,
    'document.querySelectorAll(".navbar__toggle").forEach(function(button){button.setAttribute("aria-expanded",String(open))});',
    'document.body.style.overflow=open?"hidden":""',
    '}',
    'function colorMode(){',
    'var next=d.cycle[root.getAttribute("data-theme-choice")]||"light";',
    'root.setAttribute("data-theme",next==="system"?(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"):next);',
    'root.setAttribute("data-theme-choice",next);',
    'try{var store=window[d.storage];next==="system"?store.removeItem(d.key):store.setItem(d.key,next)}catch(e){}',
    'document.querySelectorAll(toggles).forEach(function(button){',
    'button.title=d.labels[next];button.setAttribute("aria-label",d.aria.replace("{mode}",d.labels[next]))',
    '})',
    '}',
    'addEventListener("click",function(event){',
    'var target=event.target;',
    'if(root.getAttribute("data-has-hydrated")==="true"||!target.closest)return;',
    'var nav=document.querySelector(".navbar");',
    `if(target.closest(".navbar__toggle"))menu(!(nav&&nav.classList.contains("${MENU_OPEN_CLASS}")));`,
    'else if(target.closest(".navbar-sidebar__close,.navbar-sidebar__backdrop"))menu(false);',
    'else if(target.closest(toggles))colorMode();',
    'else return;',
    'event.stopImmediatePropagation()',
    '},true)',
    '}()',
  ].join('');
}
