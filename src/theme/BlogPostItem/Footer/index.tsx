/**
 * Wraps the stock footer to add, under a post's own page (not in lists), the previous and next
 * parts of its series, then related stories. The stock footer would also show a story's update as
 * "Last updated on <date>": the header already shows it beside the publication date
 * (BlogPostItem/Header/Info), so the footer is given the post without it.
 */
import React, { useMemo } from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { BlogPostProvider, useBlogPost } from '@docusaurus/plugin-content-blog/client';
import RelatedStories from '@site/src/components/RelatedStories';
import { SeriesPager } from '@site/src/components/SeriesBox';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';

type Props = WrapperProps<typeof FooterType>;
type Content = React.ComponentProps<typeof BlogPostProvider>['content'];

export default function FooterWrapper(props: Props): React.ReactElement {
  const post = useBlogPost();
  const { metadata, isBlogPostPage } = post;
  const { relatedStories: related = [], series } = metadata as typeof metadata & ExtraPostMetadata;
  const withoutUpdate = useMemo(
    () =>
      ({
        metadata: { ...metadata, lastUpdatedAt: undefined, lastUpdatedBy: undefined },
        frontMatter: post.frontMatter,
        assets: post.assets,
        toc: post.toc,
      }) as unknown as Content,
    [metadata, post.frontMatter, post.assets, post.toc],
  );
  return (
    <>
      <BlogPostProvider content={withoutUpdate} isBlogPostPage={isBlogPostPage}>
        <Footer {...props} />
      </BlogPostProvider>
      {isBlogPostPage && series && <SeriesPager series={series} />}
      {isBlogPostPage && <RelatedStories stories={related} />}
    </>
  );
}
