/**
 * Lists the content checks' findings for the page being previewed, each as `file:line:column`
 * with the problem and its fix, and the count of findings in other files. Hot reload brings the
 * findings of every save; with none left the notice is gone.
 */
import React, { useState, type ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import data from '@generated/content-checks/default/findings.json';
import { findingsForRoute, routeOfPathname, type NoticeData, type NoticeFinding } from '../../notice';
import styles from './styles.module.css';

function Findings({ findings }: { findings: NoticeFinding[] }): ReactNode {
  return (
    <ul className={styles.list}>
      {findings.map((finding) => (
        <li key={`${finding.location} ${finding.rule}`} className={styles[finding.severity]}>
          <code>{finding.location}</code> {finding.severity}: {finding.description}
        </li>
      ))}
    </ul>
  );
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export default function ContentChecksNotice(): ReactNode {
  const { pathname } = useLocation();
  const { siteConfig } = useDocusaurusContext();
  const [hiddenFor, setHiddenFor] = useState<unknown>(undefined);
  const noticeData = data as NoticeData;
  const { here, elsewhere } = findingsForRoute(noticeData, routeOfPathname(pathname, siteConfig.baseUrl));
  // Hidden until the findings change: a new save brings a new object.
  if (noticeData.findings.length === 0 || hiddenFor === data) return null;
  return (
    <aside className={styles.notice} aria-label="Content checks" aria-live="polite" data-content-checks-notice="">
      <p className={styles.title}>
        Content checks: {here.length ? `${count(here.length, 'finding')} on this page` : 'this page is fine'}
        {elsewhere.length > 0 && `, ${count(elsewhere.length, 'finding')} in other files`}
        <button type="button" className={styles.hide} onClick={() => setHiddenFor(data)}>
          Hide
        </button>
      </p>
      {here.length > 0 && <Findings findings={here} />}
      {elsewhere.length > 0 && (
        <details>
          <summary>Other files</summary>
          <Findings findings={elsewhere} />
        </details>
      )}
      <p className={styles.hint}>
        <code>npm run build</code> stops on errors; <code>npm run check</code> lists them all.
      </p>
    </aside>
  );
}
