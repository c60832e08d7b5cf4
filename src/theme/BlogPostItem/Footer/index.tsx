/** Wraps the stock footer to add related stories under a post's own page (not in lists). */
import React from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import RelatedStories from '@site/src/components/RelatedStories';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactElement {
  const { metadata, isBlogPostPage } = useBlogPost();
  const related = (metadata as typeof metadata & ExtraPostMetadata).relatedStories ?? [];
  return (
    <>
      <Footer {...props} />
      {isBlogPostPage && <RelatedStories stories={related} />}
    </>
  );
}
