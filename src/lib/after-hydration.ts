/**
 * Components whose code loads right after hydration instead of in main.js, while the page keeps
 * the HTML the build rendered for them.
 *
 * No Suspense boundary on purpose: React 19 moves a large boundary's HTML out of place and reveals
 * it with an inline script after the first paint. Instead the build renders the real component,
 * and on the client an element with dangerouslySetInnerHTML (whose children React leaves alone)
 * holds that HTML until the code has loaded.
 */
import { use, useEffect, useState, type ComponentType, type RefObject } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

/** What counts as the reader reaching for a component that loads on interaction. */
const START_EVENTS = ['pointerover', 'touchstart', 'focusin'] as const;

/** Same object on every render, so React never rewrites the server's HTML inside. */
export const KEEP_SERVER_HTML = { __html: '' };

export interface AfterHydration<P> {
  /** For the build's renderer: the real component (suspends only until its module is loaded). */
  useServerComponent: () => ComponentType<P>;
  /**
   * For the browser. `Real` is set once the code has loaded and the page is hydrated;
   * `hasServerHtml` is false when client-side navigation mounted the component rather than
   * hydration. With `startOn`, a component showing the server's HTML loads its code only when the
   * reader first points at, touches or focuses something inside that element.
   */
  useReal: (startOn?: RefObject<HTMLElement | null>) => {
    Real: ComponentType<P> | undefined;
    hasServerHtml: boolean;
  };
}

export function afterHydration<P>(load: () => Promise<{ default: ComponentType<P> }>): AfterHydration<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const get = () => (loading ??= load().then((module) => (loaded = module.default)));
  // The build renders pages long after this module runs, so the code is ready by the first page.
  if (typeof window === 'undefined') void get();

  return {
    useServerComponent: () => loaded ?? use(get()),
    useReal(startOn) {
      const hydrated = useIsBrowser();
      const [hasServerHtml] = useState(() => !hydrated);
      const [Real, setReal] = useState(() => loaded);
      useEffect(() => {
        if (Real) return undefined;
        const load = () => void get().then((component) => setReal(() => component));
        // An empty element has nothing to show until the code is here: the dev server renders
        // no HTML at all, though React still starts the page the way hydration does.
        const target = hasServerHtml ? startOn?.current : undefined;
        if (!target?.hasChildNodes()) return load();
        const start = () => {
          stop();
          load();
        };
        const stop = () => START_EVENTS.forEach((type) => target.removeEventListener(type, start));
        START_EVENTS.forEach((type) => target.addEventListener(type, start, { passive: true }));
        return stop;
        // startOn is a ref, read once the element is on the page.
      }, [Real, hasServerHtml]);
      return { Real: Real && hydrated ? Real : undefined, hasServerHtml };
    },
  };
}
