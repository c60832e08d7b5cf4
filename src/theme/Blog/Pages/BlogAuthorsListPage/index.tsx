/** Wraps the stock authors index to give it a meta description, which the stock page has none of. */
import React from 'react';
import BlogAuthorsListPage from '@theme-original/Blog/Pages/BlogAuthorsListPage';
import type BlogAuthorsListPageType from '@theme/Blog/Pages/BlogAuthorsListPage';
import type { WrapperProps } from '@docusaurus/types';
import MetaDescription from '@site/src/components/MetaDescription';

type Props = WrapperProps<typeof BlogAuthorsListPageType>;

const DESCRIPTION = 'Everyone who has told a story here, with what they do now and how many stories they wrote.';

export default function BlogAuthorsListPageWrapper(props: Props): React.ReactElement {
  return (
    <>
      <MetaDescription content={DESCRIPTION} />
      <BlogAuthorsListPage {...props} />
    </>
  );
}
