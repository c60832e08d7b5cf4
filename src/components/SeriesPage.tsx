/** A series: its description, then its parts in order, each with its description. */
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { SeriesPageData } from '../plugins/series';
import styles from './SeriesPage.module.css';

export const partsText = (published: number, length: number): string =>
  published === length ? `${length} ${length === 1 ? 'part' : 'parts'}` : `${published} of ${length} parts published`;

export default function SeriesPage({ series }: { series: SeriesPageData }): React.ReactElement {
  return (
    <Layout title={`${series.title}: a series`} description={series.description}>
      <main className="container margin-vert--lg">
        <p className={styles.kicker}>
          <Link to={series.index}>Series</Link>
        </p>
        <Heading as="h1">{series.title}</Heading>
        <p className={styles.intro}>{series.description}</p>
        {series.parts.length === 0 ? (
          <p>No part of this series is published yet.</p>
        ) : (
          <>
            <p className={styles.meta}>{partsText(series.parts.length, series.length)}</p>
            <ol className={styles.list}>
              {series.parts.map((part) => (
                <li key={part.permalink} value={part.part} className={styles.item}>
                  <Heading as="h2" className={styles.title}>
                    <Link to={part.permalink}>{part.title}</Link>
                  </Heading>
                  <p className={styles.description}>{part.description}</p>
                  <p className={styles.meta}>
                    Part {part.part} · {part.authors.join(', ')} · <time dateTime={part.date}>{part.date}</time>
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </main>
    </Layout>
  );
}
