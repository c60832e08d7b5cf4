/** Wraps the stock author page to give it a meta description, which the stock page has none of. */
import React from 'react';
import BlogAuthorsPostsPage from '@theme-original/Blog/Pages/BlogAuthorsPostsPage';
import type BlogAuthorsPostsPageType from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import type { WrapperProps } from '@docusaurus/types';
import MetaDescription from '@site/src/components/MetaDescription';

type Props = WrapperProps<typeof BlogAuthorsPostsPageType>;

export default function BlogAuthorsPostsPageWrapper(props: Props): React.ReactElement {
  const { author } = props;
  const about = author.description ?? author.title;
  const description = `Stories by ${author.name ?? 'this author'}${about ? `: ${about}` : ''}.`;
  return (
    <>
      <MetaDescription content={description} />
      <BlogAuthorsPostsPage {...props} />
    </>
  );
}
