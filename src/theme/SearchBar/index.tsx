/**
 * The navbar's search box. The build renders the real box (./SearchBox): a form with a plain
 * input, so a reader can type, and press Enter to reach the search page, before any script runs.
 *
 * Its code is not in main.js: it loads when the reader first points at, touches or focuses the
 * box (afterHydration, from @sde/docusaurus-plugin-lean/client), and what they typed or focused by then carries over to the
 * live box. The same gesture starts loading Pagefind (src/lib/search-client.ts) alongside, so
 * nothing search-related is fetched for a reader who never reaches for the box.
 *
 * That is on pages that hydrate (the search page, `docusaurus start`). Reader pages never do: the
 * build's box stays, and src/islands/search-box.ts gives it the same behaviour without React.
 */
import React from 'react';
import { afterHydration, KEEP_SERVER_HTML, type CarryOver } from '@sde/docusaurus-plugin-lean/client';
import { loadSearch } from '../../lib/search-client';
import { useSearchConfig } from '../../lib/use-search-config';

const searchBox = afterHydration<object>(() => import('./SearchBox'));

const CONTENTS = { display: 'contents' } as const;

function ServerSearchBar(): React.ReactElement {
  const Server = searchBox.useServerComponent();
  return (
    <div style={CONTENTS}>
      <Server />
    </div>
  );
}

/** What the reader typed into, or focused in, the build's box. */
const TYPED: CarryOver<{ value: string; focused: boolean }> = {
  read(root) {
    const input = root.querySelector('input');
    return input ? { value: input.value, focused: document.activeElement === input } : undefined;
  },
  // The live box reads both when it mounts: it searches for a value, and opens for a focused input.
  apply(root, { value, focused }) {
    const input = root.querySelector('input');
    if (!input) return;
    if (value) input.value = value;
    if (focused) input.focus();
  },
};

function BrowserSearchBar(): React.ReactElement {
  const config = useSearchConfig();
  const { Real, hasServerHtml, ref, serverRef } = searchBox.useReal({ carry: TYPED, startOnInteraction: true });
  // Failures are shown by the live box, which asks again.
  const start = () => void loadSearch(config).catch(() => {});

  if (Real) {
    return (
      <div key="live" ref={ref} style={CONTENTS}>
        <Real />
      </div>
    );
  }
  if (hasServerHtml) {
    return (
      <div
        key="server"
        ref={serverRef}
        style={CONTENTS}
        onPointerOver={start}
        onTouchStart={start}
        onFocus={start}
        dangerouslySetInnerHTML={KEEP_SERVER_HTML}
        suppressHydrationWarning
      />
    );
  }
  // Only when client-side navigation mounts a navbar before the code has loaded.
  return <div key="empty" ref={ref} style={CONTENTS} />;
}

export default function SearchBar(): React.ReactElement {
  return typeof window === 'undefined' ? <ServerSearchBar /> : <BrowserSearchBar />;
}
