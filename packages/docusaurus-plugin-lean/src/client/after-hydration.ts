/**
 * Components whose code loads right after hydration instead of in main.js, while the page keeps
 * the HTML the build rendered for them.
 *
 * No Suspense boundary on purpose: React 19 moves a large boundary's HTML out of place and reveals
 * it with an inline script after the first paint. Instead the build renders the real component,
 * and on the client an element with dangerouslySetInnerHTML (whose children React leaves alone)
 * holds that HTML until the code has loaded.
 */
import {
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type RefCallback,
  type RefObject,
} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

/** What counts as the reader reaching for a component that loads on interaction. */
const START_EVENTS = ['pointerover', 'touchstart', 'focusin'] as const;

/** Same object on every render, so React never rewrites the server's HTML inside. */
export const KEEP_SERVER_HTML = { __html: '' };

/** Something the reader did to the build's HTML that the real component must keep. */
export interface CarryOver<S> {
  /**
   * Reads the build's HTML as React removes it, in the commit that mounts the real component:
   * read any earlier (when the code arrives, say) and what the reader does in between is lost.
   */
  read: (root: HTMLElement) => S | undefined;
  /** Applies it to the real component's HTML in the same commit, before the browser paints. */
  apply: (root: HTMLElement, state: S) => void;
}

export interface UseRealOptions<S> {
  /**
   * Load the code only when the reader first points at, touches or focuses something inside the
   * build's HTML, rather than right after hydration.
   */
  startOnInteraction?: boolean;
  /** A module-level constant: a new object on each render would read and apply it again. */
  carry?: CarryOver<S>;
}

export interface AfterHydration<P> {
  /** For the build's renderer: the real component (suspends only until its module is loaded). */
  useServerComponent: () => ComponentType<P>;
  /**
   * For the browser. `Real` is set once the code has loaded and the page is hydrated;
   * `hasServerHtml` is false when client-side navigation mounted the component rather than
   * hydration. The element holding the build's HTML takes `serverRef`; every other one, `ref`.
   */
  useReal: <S>(options?: UseRealOptions<S>) => {
    Real: ComponentType<P> | undefined;
    hasServerHtml: boolean;
    ref: RefObject<HTMLDivElement | null>;
    serverRef: RefCallback<HTMLDivElement>;
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
    useReal<S>({ startOnInteraction = false, carry }: UseRealOptions<S> = {}) {
      const hydrated = useIsBrowser();
      const [hasServerHtml] = useState(() => !hydrated);
      const [Real, setReal] = useState(() => loaded);
      const ref = useRef<HTMLDivElement | null>(null);
      const carried = useRef<S | undefined>(undefined);

      const serverRef = useCallback(
        (node: HTMLDivElement | null) => {
          ref.current = node;
          return () => {
            carried.current = node ? carry?.read(node) : undefined;
          };
        },
        [carry],
      );

      useLayoutEffect(() => {
        const held = carried.current;
        carried.current = undefined;
        const root = ref.current;
        if (Real && held !== undefined && root) carry?.apply(root, held);
      }, [Real, carry]);

      useEffect(() => {
        if (Real) return undefined;
        const load = () => void get().then((component) => setReal(() => component));
        // An empty element has nothing to show until the code is here: the dev server renders
        // no HTML at all, though React still starts the page the way hydration does.
        const target = hasServerHtml && startOnInteraction ? ref.current : null;
        if (!target?.hasChildNodes()) return load();
        // The reader reached for it before the page's scripts ran (typing into the build's box).
        if (target.contains(document.activeElement) || target.querySelector(':hover')) return load();
        const start = () => {
          stop();
          load();
        };
        const stop = () => START_EVENTS.forEach((type) => target.removeEventListener(type, start));
        START_EVENTS.forEach((type) => target.addEventListener(type, start, { passive: true }));
        return stop;
      }, [Real, hasServerHtml, startOnInteraction]);
      return { Real: Real && hydrated ? Real : undefined, hasServerHtml, ref, serverRef };
    },
  };
}
