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
import React, { useEffect } from 'react';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';
import { afterHydration, KEEP_SERVER_HTML, type CarryOver } from '../../lib/after-hydration';

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

/** What the reader typed into, or focused in, the build's box. */
const TYPED: CarryOver<{ value: string; focused: boolean }> = {
  read(root) {
    const input = root.querySelector('input');
    return input ? { value: input.value, focused: document.activeElement === input } : undefined;
  },
  // The box reads both when it mounts: it opens, and loads the index, for a focused input.
  apply(root, { value, focused }) {
    const input = root.querySelector('input');
    if (!input) return;
    if (value) input.value = value;
    if (focused) input.focus();
  },
};

function BrowserSearchBar(props: Props): React.ReactElement {
  const { Real, hasServerHtml, ref, serverRef } = searchBar.useReal({ carry: TYPED });

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
