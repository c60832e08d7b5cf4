/**
 * Loads the theme's code block, and Prism with it, only when a reader reaches for a block: most
 * pages are stories without code, and on pages with code, evaluating Prism and highlighting every
 * block again took 80–90 ms of main thread while the page hydrated (350 ms on a throttled phone),
 * for HTML the build had already highlighted. The page keeps the build's block (see
 * src/lib/after-hydration.ts for why there is no Suspense boundary) until the reader points at,
 * touches or focuses it. The build's block has no buttons (the theme renders them in the browser
 * only, and shows them on hover), so what can carry over is focus on the scrollable code.
 */
import React, { useCallback, useLayoutEffect, useRef } from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';
import { afterHydration, KEEP_SERVER_HTML } from '../../lib/after-hydration';

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

/** Where focus is inside `root`, as a tag and its position among elements with that tag. */
function focusPlace(root: HTMLElement): { tag: string; index: number } | undefined {
  const active = document.activeElement;
  if (!active || active === root || !root.contains(active)) return undefined;
  return { tag: active.tagName, index: Array.from(root.querySelectorAll(active.tagName)).indexOf(active) };
}

function BrowserCodeBlock(props: Props): React.ReactElement {
  const ref = useRef<HTMLDivElement | null>(null);
  /** Where focus was in the build's block when the real one replaced it. */
  const carried = useRef<{ tag: string; index: number } | undefined>(undefined);
  const { Real, hasServerHtml } = codeBlock.useReal(ref);

  // Read as React removes the build's block, in the same commit that mounts the real one.
  const serverRef = useCallback((node: HTMLDivElement | null) => {
    ref.current = node;
    return () => {
      if (node) carried.current = focusPlace(node);
    };
  }, []);

  useLayoutEffect(() => {
    const place = carried.current;
    carried.current = undefined;
    if (!Real || !place) return;
    const element = ref.current?.querySelectorAll(place.tag)[place.index];
    if (element instanceof HTMLElement) element.focus();
  }, [Real]);

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
