/**
 * "Updated 4 May 2026 · what changed", beside a story's publication date, from its frontmatter's
 * `updated` and `update_reason` (the blog plugin's lastUpdatedAt, src/lib/schedule.ts). Formatted
 * as the theme formats the publication date.
 */
import React from 'react';
import styles from './UpdatedDate.module.css';

const format = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default function UpdatedDate({ at, reason }: { at: number; reason?: string }): React.ReactElement {
  const date = new Date(at);
  return (
    <span className={styles.updated}>
      Updated <time dateTime={date.toISOString().slice(0, 10)}>{format.format(date)}</time>
      {reason ? <span className={styles.reason}>: {reason}</span> : null}
    </span>
  );
}
