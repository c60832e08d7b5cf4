/**
 * Loads the theme's code block, and Prism with it, only on pages that show one: most pages are
 * stories without code, and Prism is about 35 KB gzip.
 *
 * No Suspense boundary here on purpose: React 19 moves a large boundary's HTML out of place and
 * reveals it with an inline script after the first paint, which would shift the layout. Instead
 * the build renders the real block into the page, and hydration leaves that HTML as it is (an
 * element with dangerouslySetInnerHTML keeps its children) until the chunk has loaded.
 */
import React, { use, useEffect, useState, type ComponentType } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;
type CodeBlockComponent = ComponentType<Props>;

let loaded: CodeBlockComponent | undefined;
let loading: Promise<CodeBlockComponent> | undefined;

function loadCodeBlock(): Promise<CodeBlockComponent> {
  loading ??= import('@theme-original/CodeBlock').then((module) => (loaded = module.default));
  return loading;
}

// The build renders pages long after this module runs, so the block is ready by the first page.
if (typeof window === 'undefined') void loadCodeBlock();

/** Same object on every render, so React never rewrites the server's HTML inside. */
const KEEP_SERVER_HTML = { __html: '' };

export default function CodeBlockWrapper(props: Props): React.ReactElement {
  const hydrated = useIsBrowser();
  // False when this block was mounted by client-side navigation rather than by hydration.
  const [hasServerHtml] = useState(() => !hydrated);
  const [Real, setReal] = useState(() => loaded);
  useEffect(() => {
    if (!Real) void loadCodeBlock().then((component) => setReal(() => component));
  }, [Real]);

  if (typeof window === 'undefined') {
    const Server = loaded ?? use(loadCodeBlock());
    return (
      <div>
        <Server {...props} />
      </div>
    );
  }
  if (Real && hydrated) {
    return (
      <div key="live">
        <Real {...props} />
      </div>
    );
  }
  if (hasServerHtml) {
    return <div key="server" dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
  }
  // Only after client-side navigation, for as long as the chunk takes.
  return (
    <div key="fallback">
      <pre className="prism-code">
        <code>{props.children}</code>
      </pre>
    </div>
  );
}
