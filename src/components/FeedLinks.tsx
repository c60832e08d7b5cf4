/**
 * A tag's or an author's feeds on its page: named in `<link rel="alternate">` for feed readers to
 * discover, and in a visible "Follow" line above the stories (src/theme/BlogPostItems). The page
 * wrapper (tag page, author page) provides its feeds; the routes come from src/plugins/feeds.
 */
import React, { createContext, useContext, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { FeedLink, FeedsData } from '@site/src/plugins/feeds/plan';
import styles from './FeedLinks.module.css';

const PageFeeds = createContext<{ name: string; links: FeedLink[] } | null>(null);

/** The feeds of the page at `permalink` (with base URL): none for a page without listed stories. */
export function useFeedLinks(permalink: string): FeedLink[] {
  const data = usePluginData('feeds') as FeedsData | undefined;
  return data?.pages[permalink] ?? [];
}

/** Names the feeds of the page at `permalink` in its head, and hands them to its "Follow" line. */
export function PageFeedsProvider({
  permalink,
  name,
  children,
}: {
  permalink: string;
  /** What the reader follows: the tag's label, the author's name. */
  name: string;
  children: ReactNode;
}): React.ReactElement {
  const links = useFeedLinks(permalink);
  return (
    <PageFeeds.Provider value={links.length > 0 ? { name, links } : null}>
      {links.length > 0 && (
        <Head>
          {/* href first: Helmet keeps one <link> per value of its first key attribute, and all share rel. */}
          {links.map((link) => (
            <link key={link.type} href={link.href} rel="alternate" type={link.mime} title={link.title} />
          ))}
        </Head>
      )}
      {children}
    </PageFeeds.Provider>
  );
}

/** "Follow Hiring: RSS · Atom · JSON Feed", on a page that has feeds; nothing elsewhere. */
export function FollowLine(): React.ReactElement | null {
  const feeds = useContext(PageFeeds);
  if (!feeds) return null;
  return (
    <p className={styles.follow}>
      Follow {feeds.name} in a feed reader:{' '}
      {feeds.links.map((link, index) => (
        <React.Fragment key={link.type}>
          {index > 0 && ' · '}
          <a href={link.href} type={link.mime} rel="alternate">
            {link.label}
          </a>
        </React.Fragment>
      ))}
    </p>
  );
}
