import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { RelatedStory } from '../lib/related';
import styles from './RelatedStories.module.css';

export default function RelatedStories({ stories }: { stories: readonly RelatedStory[] }): React.ReactElement | null {
  if (stories.length === 0) return null;
  return (
    <nav className={`related-stories ${styles.related}`} aria-labelledby="related-stories-title">
      <Heading as="h2" id="related-stories-title" className={styles.title}>
        Related stories
      </Heading>
      <ul className={styles.list}>
        {stories.map((story) => (
          <li key={story.permalink} className={styles.item}>
            <Link to={story.permalink} className={styles.link}>
              {story.title}
            </Link>
            <p className={styles.meta}>
              <time dateTime={story.date}>{story.date}</time>
              {story.sharedTags.length > 0 && <> · also about {story.sharedTags.join(', ')}</>}
            </p>
            <p className={styles.description}>{story.description}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
