/**
 * Wraps the stock post header to add the story's cover (large on its own page, where it is the
 * likely largest paint, and small in lists), "Copy as Markdown" on a story's own page (not in
 * lists), and, on a part of a series, the series box.
 */
import React from 'react';
import Header from '@theme-original/BlogPostItem/Header';
import type HeaderType from '@theme/BlogPostItem/Header';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import { markdownCopyUrl } from '@site/src/lib/markdown-copy';
import { SeriesBox } from '@site/src/components/SeriesBox';
import Picture from '@site/src/components/Picture';
import pictureStyles from '@site/src/components/Picture.module.css';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';
import { BODY_SIZES, THUMBNAIL_SIZES } from '@site/src/lib/picture-sizes';

type Props = WrapperProps<typeof HeaderType>;

export default function HeaderWrapper(props: Props): React.ReactElement {
  const { metadata, isBlogPostPage } = useBlogPost();
  const { series, cover } = metadata as typeof metadata & ExtraPostMetadata;
  return (
    <>
      <Header {...props} />
      {cover &&
        (isBlogPostPage ? (
          <Picture picture={cover} sizes={BODY_SIZES} lazy={false} highPriority className={pictureStyles.cover} />
        ) : (
          <Picture picture={cover} sizes={THUMBNAIL_SIZES} lazy className={pictureStyles.thumbnail} />
        ))}
      {isBlogPostPage && <CopyMarkdown href={markdownCopyUrl(metadata.permalink)} />}
      {isBlogPostPage && series && <SeriesBox series={series} />}
    </>
  );
}
