/** Wraps the stock tag page to name the tag's feeds (src/components/FeedLinks). */
import React from 'react';
import BlogTagsPostsPage from '@theme-original/BlogTagsPostsPage';
import type BlogTagsPostsPageType from '@theme/BlogTagsPostsPage';
import type { WrapperProps } from '@docusaurus/types';
import { PageFeedsProvider } from '@site/src/components/FeedLinks';

type Props = WrapperProps<typeof BlogTagsPostsPageType>;

export default function BlogTagsPostsPageWrapper(props: Props): React.ReactElement {
  return (
    <PageFeedsProvider permalink={props.tag.permalink} name={props.tag.label}>
      <BlogTagsPostsPage {...props} />
    </PageFeedsProvider>
  );
}
