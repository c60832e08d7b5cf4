/** Marks a doc's content for the search index (src/plugins/search); its title comes from its h1. */
import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactElement {
  return (
    <div data-pagefind-body="">
      <Content {...props} />
    </div>
  );
}
