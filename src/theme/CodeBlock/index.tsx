/**
 * Loads the theme's code block, and Prism with it, only when a reader reaches for a block: most
 * pages are stories without code, and on pages with code, evaluating Prism and highlighting every
 * block again took 80–90 ms of main thread while the page hydrated (350 ms on a throttled phone),
 * for HTML the build had already highlighted. The page keeps the build's block (see
 * @sde/docusaurus-plugin-lean's client/after-hydration.ts for why there is no Suspense boundary) until the reader points at,
 * touches or focuses it. The build's block has no buttons (the theme renders them in the browser
 * only, and shows them on hover), so what can carry over is focus on the scrollable code.
 *
 * This is how blocks behave where React runs (the search page, `docusaurus start`). Reader pages
 * never hydrate: they keep the build's block, and src/islands/code-copy.ts gives it a copy button.
 */
import React from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';
import { afterHydration, KEEP_SERVER_HTML, type CarryOver } from '@sde/docusaurus-plugin-lean/client';

type Props = WrapperProps<typeof CodeBlockType>;

const codeBlock = afterHydration<Props>(() => import('@theme-original/CodeBlock'));

function ServerCodeBlock(props: Props): React.ReactElement {
  const Server = codeBlock.useServerComponent();
  return (
    <div>
      <Server {...props} />
    </div>
  );
}

/** Focus inside the block, as a tag and its position among elements with that tag. */
const FOCUS: CarryOver<{ tag: string; index: number }> = {
  read(root) {
    const active = document.activeElement;
    if (!active || active === root || !root.contains(active)) return undefined;
    return { tag: active.tagName, index: Array.from(root.querySelectorAll(active.tagName)).indexOf(active) };
  },
  apply(root, { tag, index }) {
    const element = root.querySelectorAll(tag)[index];
    if (element instanceof HTMLElement) element.focus();
  },
};

function BrowserCodeBlock(props: Props): React.ReactElement {
  const { Real, hasServerHtml, ref, serverRef } = codeBlock.useReal({ startOnInteraction: true, carry: FOCUS });

  if (Real) {
    return (
      <div key="live" ref={ref}>
        <Real {...props} />
      </div>
    );
  }
  if (hasServerHtml) {
    return <div key="server" ref={serverRef} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
  }
  // Only after client-side navigation, for as long as the chunk takes.
  return (
    <div key="fallback" ref={ref}>
      <pre className="prism-code">
        <code>{props.children}</code>
      </pre>
    </div>
  );
}

export default function CodeBlockWrapper(props: Props): React.ReactElement {
  return typeof window === 'undefined' ? <ServerCodeBlock {...props} /> : <BrowserCodeBlock {...props} />;
}
