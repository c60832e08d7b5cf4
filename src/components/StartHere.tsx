import React, { useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { StorySummary } from '../plugins/content-model';
import { COPY_LINK_ATTRIBUTE, copyLinkStatus, type CopyLinkState } from '../lib/copy-link';
import styles from './StartHere.module.css';

/** Copies the story's public URL (the canonical one, which is what a recruiter shares). */
function CopyLinkButton({ title, url }: { title: string; url: string }): React.ReactElement {
  const [state, setState] = useState<CopyLinkState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className={styles.copy}>
      <button
        type="button"
        className="button button--sm button--outline button--primary"
        onClick={() => void copy()}
        aria-label={`Copy link to “${title}”`}
        // For the page's island (src/islands/copy-link.ts), which copies it without React.
        {...{ [COPY_LINK_ATTRIBUTE]: url }}
      >
        Copy link
      </button>
      {/* Announced to screen readers; on failure the URL is shown so it can be copied by hand. */}
      <span role="status" className={styles.status}>
        {copyLinkStatus(state, url)}
      </span>
    </span>
  );
}

export default function StartHere({ stories }: { stories: StorySummary[] }): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout
      title="Start here"
      description="The stories to read first: a short list chosen for new readers and for recruiters, with a link to share each."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Start here</Heading>
        <p className={styles.intro}>
          New to the site, or hiring? These stories show best what working in customer support teaches an engineer. Each
          has a link you can copy and share.
        </p>
        <ol className={styles.list}>
          {stories.map((story) => (
            <li key={story.permalink} className={styles.story}>
              <Heading as="h2" className={styles.title}>
                <Link to={story.permalink}>{story.title}</Link>
              </Heading>
              <p className={styles.summary}>{story.description}</p>
              <p className={styles.meta}>
                {story.authors.join(', ')} · <time dateTime={story.date}>{story.date}</time>
              </p>
              <CopyLinkButton title={story.title} url={new URL(story.permalink, siteConfig.url).href} />
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
