/**
 * "Copy as Markdown" under a story's header: puts the story's Markdown copy (its URL plus `.md`)
 * on the clipboard, and links to that copy for readers whose browser will not let a page copy.
 * On pages that never hydrate, src/islands/copy-markdown.ts handles the build's button, which
 * names the copy in `data-copy-markdown`.
 */
import React, { useState } from 'react';
import { MARKDOWN_TYPE } from '../lib/markdown-copy';
import { copyFrom, COPY_ATTRIBUTE, COPY_MESSAGES, type CopyState } from '../lib/copy-markdown';
import styles from './CopyMarkdown.module.css';

export default function CopyMarkdown({ href }: { href: string }): React.ReactElement {
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    copyFrom(href).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    // Controls, not the story: a search index that reads the page should skip them.
    <div className={styles.bar} data-pagefind-ignore="all">
      <button type="button" className={styles.button} onClick={copy} {...{ [COPY_ATTRIBUTE]: href }}>
        Copy as Markdown
      </button>
      <a href={href} type={MARKDOWN_TYPE} className={styles.link}>
        View as Markdown
      </a>
      <span role="status" className={styles.status}>
        {COPY_MESSAGES[state]}
      </span>
    </div>
  );
}
