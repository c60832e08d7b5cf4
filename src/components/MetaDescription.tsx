/** A page's description for search results and link previews, for pages the theme gives none. */
import React from 'react';
import Head from '@docusaurus/Head';

export default function MetaDescription({ content }: { content: string }): React.ReactElement {
  return (
    <Head>
      <meta name="description" content={content} />
      <meta property="og:description" content={content} />
    </Head>
  );
}
