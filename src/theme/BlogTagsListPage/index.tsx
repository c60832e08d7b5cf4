/**
 * Replaces the stock tags index: its TagsListByLetter shows only label and count, and no option
 * adds the tag descriptions readers need to choose a tag.
 */
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import { PageMetadata, HtmlClassNameProvider, ThemeClassNames, translateTagsPageTitle } from '@docusaurus/theme-common';
import BlogLayout from '@theme/BlogLayout';
import SearchMetadata from '@theme/SearchMetadata';
import Heading from '@theme/Heading';
import type { Props } from '@theme/BlogTagsListPage';
import type { SeriesGlobalData } from '@site/src/plugins/series';
import styles from './styles.module.css';

const stories = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;

export default function BlogTagsListPage({ tags, sidebar }: Props): React.ReactElement {
  const title = translateTagsPageTitle();
  const sorted = [...tags].sort((a, b) => a.label.localeCompare(b.label));
  const series = usePluginData('series') as SeriesGlobalData | undefined;
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogTagsListPage)}>
      <PageMetadata
        title={title}
        description="Every topic of the stories, with what it covers and how many stories it has."
      />
      <SearchMetadata tag="blog_tags_list" />
      <BlogLayout sidebar={sidebar}>
        <Heading as="h1">{title}</Heading>
        {series && series.count > 0 && (
          <p className={styles.series}>
            Some stories are told in parts: <Link to={series.index}>read a series in order</Link>.
          </p>
        )}
        <ul className={styles.tags}>
          {sorted.map((tag) => (
            <li key={tag.permalink} className={styles.tag}>
              <Link to={tag.permalink} className={styles.label}>
                {tag.label}
              </Link>{' '}
              <span className={styles.count}>({stories(tag.count)})</span>
              {tag.description && <p className={styles.description}>{tag.description}</p>}
            </li>
          ))}
        </ul>
      </BlogLayout>
    </HtmlClassNameProvider>
  );
}
