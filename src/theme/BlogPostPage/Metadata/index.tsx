/**
 * Wraps the stock metadata: it emits article:author only for authors with an external URL, and
 * says nothing about the preview image's size. Our authors have pages on the site instead. Also
 * points at the story's Markdown copy (src/plugins/llms).
 */
import React from 'react';
import Metadata from '@theme-original/BlogPostPage/Metadata';
import type MetadataType from '@theme/BlogPostPage/Metadata';
import type { WrapperProps } from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from '@site/src/lib/og';
import { markdownAlternateLink } from '@site/src/lib/markdown-copy';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props): React.ReactElement {
  const { metadata } = useBlogPost();
  const { siteConfig } = useDocusaurusContext();
  const { authors, frontMatter, title } = metadata;
  const stockHasAuthor = authors.some((author) => author.url);
  const authorUrls = authors
    .map((author) => (author.page ? new URL(author.page.permalink, siteConfig.url).href : author.name))
    .filter((value): value is string => Boolean(value));
  const generatedImage = typeof frontMatter.slug === 'string' && frontMatter.image === ogImagePath(frontMatter.slug);
  return (
    <>
      <Metadata {...props} />
      <Head>
        <link {...markdownAlternateLink(metadata.permalink)} />
        {!stockHasAuthor && authorUrls.map((url) => <meta key={url} property="article:author" content={url} />)}
        {generatedImage && <meta property="og:image:width" content={String(OG_WIDTH)} />}
        {generatedImage && <meta property="og:image:height" content={String(OG_HEIGHT)} />}
        {generatedImage && <meta property="og:image:type" content="image/png" />}
        {generatedImage && <meta property="og:image:alt" content={`${title}: a story on ${siteConfig.title}`} />}
      </Head>
    </>
  );
}
