/**
 * Loads the theme's code block, and Prism with it, only on pages that show one: most pages are
 * stories without code, and Prism is about 35 KB gzip. The build still renders the highlighted
 * block into the page, and the page keeps that HTML until the chunk has loaded (see
 * src/lib/after-hydration.ts for why there is no Suspense boundary).
 */
import React from 'react';
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

function BrowserCodeBlock(props: Props): React.ReactElement {
  const { Real, hasServerHtml } = codeBlock.useReal();
  if (Real) {
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

export default function CodeBlockWrapper(props: Props): React.ReactElement {
  return typeof window === 'undefined' ? <ServerCodeBlock {...props} /> : <BrowserCodeBlock {...props} />;
}
