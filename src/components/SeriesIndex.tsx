/** Every series of the blog, with what it tells and how many parts it has. */
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { SeriesIndexData } from '../plugins/series';
import { partsText } from './SeriesPage';
import styles from './SeriesPage.module.css';

export default function SeriesIndex({ index }: { index: SeriesIndexData }): React.ReactElement {
  return (
    <Layout
      title="Series"
      description="Stories told in parts: every series, with what it tells and its parts in order."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Series</Heading>
        <p className={styles.intro}>Some stories are told in parts. Each series lists its parts in order.</p>
        <ul className={styles.list}>
          {index.series.map((series) => (
            <li key={series.key} className={styles.item}>
              <Heading as="h2" className={styles.title}>
                <Link to={series.route}>{series.title}</Link>
              </Heading>
              <p className={styles.description}>{series.description}</p>
              <p className={styles.meta}>
                {series.published === 0 ? 'No part published yet' : partsText(series.published, series.length)}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
