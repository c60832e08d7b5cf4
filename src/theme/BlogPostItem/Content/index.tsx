/**
 * Marks a story's body for the search index (src/plugins/search): only on the story's own page,
 * since lists of stories render the same component for each excerpt.
 */
import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactElement {
  const { isBlogPostPage } = useBlogPost();
  if (!isBlogPostPage) return <Content {...props} />;
  return (
    <div data-pagefind-body="">
      <Content {...props} />
    </div>
  );
}
