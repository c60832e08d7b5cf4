/**
 * Wraps the stock footer to add, under a post's own page (not in lists), the previous and next
 * parts of its series, then related stories.
 */
import React from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import RelatedStories from '@site/src/components/RelatedStories';
import { SeriesPager } from '@site/src/components/SeriesBox';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactElement {
  const { metadata, isBlogPostPage } = useBlogPost();
  const { relatedStories: related = [], series } = metadata as typeof metadata & ExtraPostMetadata;
  return (
    <>
      <Footer {...props} />
      {isBlogPostPage && series && <SeriesPager series={series} />}
      {isBlogPostPage && <RelatedStories stories={related} />}
    </>
  );
}
