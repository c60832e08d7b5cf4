/**
 * A part of a series, on its own page: near the top, "Part 2 of 4 in *Title*" with the list of
 * parts (this one marked, for screen readers too, with aria-current); at the end, the previous and
 * next parts. Plain links: both work before any script runs.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import type { PostSeries } from '../lib/series';
import styles from './SeriesBox.module.css';

export function SeriesBox({ series }: { series: PostSeries }): React.ReactElement {
  const id = `series-${series.key}`;
  return (
    // Navigation, not the story: a search index that reads the page should skip it.
    <nav className={`series-box ${styles.box}`} aria-labelledby={id} data-pagefind-ignore="all">
      <p id={id} className={styles.heading}>
        {series.label} in{' '}
        <Link to={series.route}>
          <em>{series.title}</em>
        </Link>
      </p>
      <ol className={styles.parts}>
        {series.parts.map((part) => (
          <li key={part.permalink} value={part.part} className={part.part === series.part ? styles.current : undefined}>
            <Link to={part.permalink} aria-current={part.part === series.part ? 'page' : undefined}>
              {part.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function SeriesPager({ series }: { series: PostSeries }): React.ReactElement | null {
  const { previous, next } = series;
  if (!previous && !next) return null;
  return (
    <nav
      className={`series-pager pagination-nav ${styles.pager}`}
      aria-label={`${series.title}: previous and next parts`}
      data-pagefind-ignore="all"
    >
      {previous && (
        <Link className="pagination-nav__link pagination-nav__link--prev" to={previous.permalink} rel="prev">
          <div className="pagination-nav__sublabel">Previous part</div>
          <div className="pagination-nav__label">
            Part {previous.part}: {previous.title}
          </div>
        </Link>
      )}
      {next && (
        <Link className="pagination-nav__link pagination-nav__link--next" to={next.permalink} rel="next">
          <div className="pagination-nav__sublabel">Next part</div>
          <div className="pagination-nav__label">
            Part {next.part}: {next.title}
          </div>
        </Link>
      )}
    </nav>
  );
}
