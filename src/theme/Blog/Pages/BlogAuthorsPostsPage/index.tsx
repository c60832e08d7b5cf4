/**
 * Wraps the stock author page to give it a meta description, which the stock page has none of, and
 * to name the author's feeds (src/components/FeedLinks).
 */
import React from 'react';
import BlogAuthorsPostsPage from '@theme-original/Blog/Pages/BlogAuthorsPostsPage';
import type BlogAuthorsPostsPageType from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import type { WrapperProps } from '@docusaurus/types';
import MetaDescription from '@site/src/components/MetaDescription';
import { PageFeedsProvider } from '@site/src/components/FeedLinks';

type Props = WrapperProps<typeof BlogAuthorsPostsPageType>;

export default function BlogAuthorsPostsPageWrapper(props: Props): React.ReactElement {
  const { author } = props;
  const about = author.description ?? author.title;
  const description = `Stories by ${author.name ?? 'this author'}${about ? `: ${about}` : ''}.`;
  return (
    <PageFeedsProvider permalink={author.page?.permalink ?? ''} name={author.name ?? 'this author'}>
      <MetaDescription content={description} />
      <BlogAuthorsPostsPage {...props} />
    </PageFeedsProvider>
  );
}
