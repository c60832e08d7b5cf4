/**
 * "Copy as Markdown" under a story's header: puts the story's Markdown copy (its URL plus `.md`)
 * on the clipboard, and links to that copy for readers whose browser will not let a page copy.
 */
import React, { useState } from 'react';
import { MARKDOWN_TYPE } from '../lib/markdown-copy';
import styles from './CopyMarkdown.module.css';

type State = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<State, string> = {
  idle: '',
  copied: 'Copied the story as Markdown.',
  failed: 'Could not copy: open the Markdown instead.',
};

/** Copies what `url` answers. A ClipboardItem takes the download as a promise, so the copy keeps
 * the click's permission while the text arrives (Safari refuses a late writeText). */
async function copyFrom(url: string): Promise<void> {
  const text = fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.text();
  });
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else {
    await navigator.clipboard.writeText(await text);
  }
}

export default function CopyMarkdown({ href }: { href: string }): React.ReactElement {
  const [state, setState] = useState<State>('idle');
  const copy = () => {
    copyFrom(href).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    // Controls, not the story: a search index that reads the page should skip them.
    <div className={styles.bar} data-pagefind-ignore="all">
      <button type="button" className={styles.button} onClick={copy}>
        Copy as Markdown
      </button>
      <a href={href} type={MARKDOWN_TYPE} className={styles.link}>
        View as Markdown
      </a>
      <span role="status" className={styles.status}>
        {MESSAGES[state]}
      </span>
    </div>
  );
}
