/** Wraps the stock docs page metadata to point at the page's Markdown copy (src/plugins/llms). */
import React from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type { WrapperProps } from '@docusaurus/types';
import Head from '@docusaurus/Head';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { markdownAlternateLink } from '@site/src/lib/markdown-copy';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props): React.ReactElement {
  const { metadata } = useDoc();
  return (
    <>
      <Metadata {...props} />
      <Head>
        <link {...markdownAlternateLink(metadata.permalink)} />
      </Head>
    </>
  );
}
