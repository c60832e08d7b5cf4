/**
 * Wraps the local-search box for two reasons.
 *
 * Its code (about 5 KB gzip) loads right after hydration instead of in main.js, so it no longer
 * delays the first interaction. The build renders the real box; hydration keeps that HTML (an
 * element with dangerouslySetInnerHTML keeps its children) until the code has loaded, and what a
 * quick reader typed or focused carries over to the real box. The index itself still loads only
 * when the box is first focused or hovered.
 *
 * It completes the box's ARIA: the autocomplete widget marks the input as a combobox that owns its
 * listbox (aria-owns) but ARIA 1.2 requires aria-controls as well.
 */
import React, { use, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchBarType>;
type SearchBarComponent = ComponentType<Props>;

let loaded: SearchBarComponent | undefined;
let loading: Promise<SearchBarComponent> | undefined;

function loadSearchBar(): Promise<SearchBarComponent> {
  loading ??= import('@theme-original/SearchBar').then((module) => (loaded = module.default));
  return loading;
}

// The build renders pages long after this module runs, so the box is ready by the first page.
if (typeof window === 'undefined') void loadSearchBar();

/** Same object on every render, so React never rewrites the server's HTML inside. */
const KEEP_SERVER_HTML = { __html: '' };
const CONTENTS = { display: 'contents' } as const;

function linkControls(root: HTMLElement): void {
  root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]').forEach((input) => {
    const owns = input.getAttribute('aria-owns')!;
    if (input.getAttribute('aria-controls') !== owns) input.setAttribute('aria-controls', owns);
  });
}

export default function SearchBarWrapper(props: Props): React.ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const hydrated = useIsBrowser();
  // False when the navbar was mounted by client-side navigation rather than by hydration.
  const [hasServerHtml] = useState(() => !hydrated);
  const [Real, setReal] = useState(() => loaded);
  /** What the reader did with the server's box before the real one replaced it. */
  const carried = useRef<{ value: string; focused: boolean } | null>(null);

  useEffect(() => {
    if (Real) return;
    void loadSearchBar().then((component) => {
      const input = ref.current?.querySelector('input');
      if (input) carried.current = { value: input.value, focused: document.activeElement === input };
      setReal(() => component);
    });
  }, [Real]);

  useLayoutEffect(() => {
    const state = carried.current;
    const input = ref.current?.querySelector('input');
    carried.current = null;
    if (!Real || !state || !input) return;
    // The box reads both when it mounts: it opens, and loads the index, for a focused input.
    if (state.value) input.value = state.value;
    if (state.focused) input.focus();
  }, [Real]);

  useEffect(() => {
    const root = ref.current;
    if (!root || !Real) return undefined;
    linkControls(root);
    // The widget is created when the index loads, on first use: watch for it.
    const observer = new MutationObserver(() => linkControls(root));
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-owns', 'role'],
    });
    return () => observer.disconnect();
  }, [Real]);

  if (typeof window === 'undefined') {
    const Server = loaded ?? use(loadSearchBar());
    return (
      <div style={CONTENTS}>
        <Server {...props} />
      </div>
    );
  }
  if (Real && hydrated) {
    return (
      <div key="live" ref={ref} style={CONTENTS}>
        <Real {...props} />
      </div>
    );
  }
  if (hasServerHtml) {
    return (
      <div
        key="server"
        ref={ref}
        style={CONTENTS}
        dangerouslySetInnerHTML={KEEP_SERVER_HTML}
        suppressHydrationWarning
      />
    );
  }
  // Only when client-side navigation mounts a navbar before the code has loaded.
  return <div key="empty" ref={ref} style={CONTENTS} />;
}
