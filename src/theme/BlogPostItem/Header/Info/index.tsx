/** Wraps the stock date and reading time to add "Updated <date>" beside them, on a revised story. */
import React from 'react';
import Info from '@theme-original/BlogPostItem/Header/Info';
import type InfoType from '@theme/BlogPostItem/Header/Info';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import UpdatedDate from '@site/src/components/UpdatedDate';
import styles from './styles.module.css';

type Props = WrapperProps<typeof InfoType>;

export default function InfoWrapper(props: Props): React.ReactElement {
  const { metadata } = useBlogPost();
  const { lastUpdatedAt, frontMatter } = metadata;
  if (!lastUpdatedAt) return <Info {...props} />;
  const reason = (frontMatter as { update_reason?: unknown }).update_reason;
  return (
    <div className={styles.dates}>
      <Info {...props} />
      <UpdatedDate at={lastUpdatedAt} reason={typeof reason === 'string' ? reason : undefined} />
    </div>
  );
}
