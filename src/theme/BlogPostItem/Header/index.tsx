/** Wraps the stock post header to add "Copy as Markdown" on a story's own page (not in lists). */
import React from 'react';
import Header from '@theme-original/BlogPostItem/Header';
import type HeaderType from '@theme/BlogPostItem/Header';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import { markdownCopyUrl } from '@site/src/lib/markdown-copy';

type Props = WrapperProps<typeof HeaderType>;

export default function HeaderWrapper(props: Props): React.ReactElement {
  const { metadata, isBlogPostPage } = useBlogPost();
  return (
    <>
      <Header {...props} />
      {isBlogPostPage && <CopyMarkdown href={markdownCopyUrl(metadata.permalink)} />}
    </>
  );
}
