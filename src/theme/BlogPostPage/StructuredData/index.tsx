/**
 * Replaces the stock structured data, which has no way to say a story is a part of a series: the
 * same BlogPosting (built by the blog plugin's own hook), and for a part of a series, the series
 * as a CreativeWorkSeries beside the blog in `isPartOf`, with the part's `position` in it.
 */
import React from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useBlogPost, useBlogPostStructuredData } from '@docusaurus/plugin-content-blog/client';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';
import { withSeries } from '@site/src/lib/series-json-ld';

export default function BlogPostStructuredData(): React.ReactElement {
  const data = useBlogPostStructuredData();
  const { metadata } = useBlogPost();
  const { siteConfig } = useDocusaurusContext();
  const { series } = metadata as typeof metadata & ExtraPostMetadata;
  const seriesUrl = `${siteConfig.url}${useBaseUrl(series?.route ?? '/')}`;
  return (
    <Head>
      <script type="application/ld+json">{JSON.stringify(series ? withSeries(data, series, seriesUrl) : data)}</script>
    </Head>
  );
}
