/** Wraps the stock list of stories to put the page's "Follow" line above it, on a tag's or an author's page. */
import React from 'react';
import BlogPostItems from '@theme-original/BlogPostItems';
import type BlogPostItemsType from '@theme/BlogPostItems';
import type { WrapperProps } from '@docusaurus/types';
import { FollowLine } from '@site/src/components/FeedLinks';

type Props = WrapperProps<typeof BlogPostItemsType>;

export default function BlogPostItemsWrapper(props: Props): React.ReactElement {
  return (
    <>
      <FollowLine />
      <BlogPostItems {...props} />
    </>
  );
}
