/**
 * Wraps the stock post header to add "Copy as Markdown" on a story's own page (not in lists), and,
 * on a part of a series, the series box.
 */
import React from 'react';
import Header from '@theme-original/BlogPostItem/Header';
import type HeaderType from '@theme/BlogPostItem/Header';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import { markdownCopyUrl } from '@site/src/lib/markdown-copy';
import { SeriesBox } from '@site/src/components/SeriesBox';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';

type Props = WrapperProps<typeof HeaderType>;

export default function HeaderWrapper(props: Props): React.ReactElement {
  const { metadata, isBlogPostPage } = useBlogPost();
  const { series } = metadata as typeof metadata & ExtraPostMetadata;
  return (
    <>
      <Header {...props} />
      {isBlogPostPage && <CopyMarkdown href={markdownCopyUrl(metadata.permalink)} />}
      {isBlogPostPage && series && <SeriesBox series={series} />}
    </>
  );
}
