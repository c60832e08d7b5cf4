/**
 * Wraps the local-search box for two reasons.
 *
 * Its code (about 5 KB gzip) loads right after hydration instead of in main.js, so it no longer
 * delays the first interaction. The build renders the real box; the page keeps that HTML until the
 * code has loaded (src/lib/after-hydration.ts), and what a quick reader typed or focused carries
 * over to the real box. The index itself still loads only when the box is first focused or hovered.
 *
 * It completes the box's ARIA: the autocomplete widget marks the input as a combobox that owns its
 * listbox (aria-owns) but ARIA 1.2 requires aria-controls as well.
 */
import React, { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';
import { afterHydration, KEEP_SERVER_HTML } from '../../lib/after-hydration';

type Props = WrapperProps<typeof SearchBarType>;

const searchBar = afterHydration<Props>(() => import('@theme-original/SearchBar'));

const CONTENTS = { display: 'contents' } as const;

function linkControls(root: HTMLElement): void {
  root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]').forEach((input) => {
    const owns = input.getAttribute('aria-owns')!;
    if (input.getAttribute('aria-controls') !== owns) input.setAttribute('aria-controls', owns);
  });
}

function ServerSearchBar(props: Props): React.ReactElement {
  const Server = searchBar.useServerComponent();
  return (
    <div style={CONTENTS}>
      <Server {...props} />
    </div>
  );
}

function BrowserSearchBar(props: Props): React.ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  /** What the reader did with the server's box before the real one replaced it. */
  const carried = useRef<{ value: string; focused: boolean } | null>(null);
  const { Real, hasServerHtml } = searchBar.useReal();
  // Read the server's box as React removes it, in the same commit that mounts the real one: read
  // any earlier (when the code arrives, say) and what the reader types in between is lost.
  const serverRef = useCallback((node: HTMLDivElement | null) => {
    ref.current = node;
    return () => {
      const input = node?.querySelector('input');
      if (input) carried.current = { value: input.value, focused: document.activeElement === input };
    };
  }, []);

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

  if (Real) {
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
        ref={serverRef}
        style={CONTENTS}
        dangerouslySetInnerHTML={KEEP_SERVER_HTML}
        suppressHydrationWarning
      />
    );
  }
  // Only when client-side navigation mounts a navbar before the code has loaded.
  return <div key="empty" ref={ref} style={CONTENTS} />;
}

export default function SearchBarWrapper(props: Props): React.ReactElement {
  return typeof window === 'undefined' ? <ServerSearchBar {...props} /> : <BrowserSearchBar {...props} />;
}
