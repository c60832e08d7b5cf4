import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ContentModelData, StorySummary } from '../plugins/content-model';
import styles from './HomePage.module.css';
import Picture from './Picture';
import pictureStyles from './Picture.module.css';
import { THUMBNAIL_SIZES } from '../lib/picture-sizes';

interface Props {
  stories: StorySummary[];
}

function StoryCard({ story }: { story: StorySummary }): React.ReactElement {
  return (
    <article className={styles.card}>
      {story.cover && (
        <Picture picture={story.cover} sizes={THUMBNAIL_SIZES} lazy className={pictureStyles.thumbnail} />
      )}
      <Heading as="h3" className={styles.cardTitle}>
        <Link to={story.permalink}>{story.title}</Link>
      </Heading>
      <p className={styles.meta}>
        {story.authors.join(', ')} · <time dateTime={story.date}>{story.date}</time>
      </p>
      <p>{story.description}</p>
    </article>
  );
}

export default function HomePage({ stories }: Props): React.ReactElement {
  const { title } = useDocusaurusContext().siteConfig;
  const { routes } = usePluginData('content-model') as ContentModelData;
  return (
    <Layout
      title="Engineers who learned their craft from customer support"
      description="Career stories and hiring advice from engineers who started in customer support."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {title}
          </Heading>
          <p className={styles.tagline}>
            Career stories from engineers who learned their craft on the phone, in the ticket queue and at the
            customer&apos;s desk.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={routes.blog}>
              Read the stories
            </Link>
            <Link className="button button--secondary button--lg" to={`${routes.docs}/authoring`}>
              Write one
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2">Latest stories</Heading>
        <div className={styles.grid}>
          {stories.map((story) => (
            <StoryCard key={story.permalink} story={story} />
          ))}
        </div>
        <p>
          <Link to={routes.tags}>Browse by tag</Link> · <Link to={routes.authors}>Browse by author</Link> ·{' '}
          <Link to={routes.archive}>Archive</Link>
        </p>
      </main>
    </Layout>
  );
}
