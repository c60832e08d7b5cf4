/** Wraps the stock authors index to give it a meta description, which the stock page has none of. */
import React from 'react';
import Head from '@docusaurus/Head';
import BlogAuthorsListPage from '@theme-original/Blog/Pages/BlogAuthorsListPage';
import type BlogAuthorsListPageType from '@theme/Blog/Pages/BlogAuthorsListPage';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof BlogAuthorsListPageType>;

const DESCRIPTION = 'Everyone who has told a story here, with what they do now and how many stories they wrote.';

export default function BlogAuthorsListPageWrapper(props: Props): React.ReactElement {
  return (
    <>
      <Head>
        <meta name="description" content={DESCRIPTION} />
        <meta property="og:description" content={DESCRIPTION} />
      </Head>
      <BlogAuthorsListPage {...props} />
    </>
  );
}
