/** Wraps the stock author page to give it a meta description, which the stock page has none of. */
import React from 'react';
import Head from '@docusaurus/Head';
import BlogAuthorsPostsPage from '@theme-original/Blog/Pages/BlogAuthorsPostsPage';
import type BlogAuthorsPostsPageType from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof BlogAuthorsPostsPageType>;

export default function BlogAuthorsPostsPageWrapper(props: Props): React.ReactElement {
  const { author } = props;
  const about = author.description ?? author.title;
  const description = `Stories by ${author.name ?? 'this author'}${about ? `: ${about}` : ''}.`;
  return (
    <>
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <BlogAuthorsPostsPage {...props} />
    </>
  );
}
