/**
 * "Copy as Markdown": the copying and its messages, shared by the React button
 * (src/components/CopyMarkdown.tsx, on pages that hydrate) and the island that handles the build's
 * button on pages that never do (src/islands/copy-markdown.ts).
 */

export type CopyState = 'idle' | 'copied' | 'failed';

/** What the button's live region says after each outcome. */
export const COPY_MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied the story as Markdown.',
  failed: 'Could not copy: open the Markdown instead.',
};

/** The button's attribute naming the Markdown copy, for the island to find the button and the copy. */
export const COPY_ATTRIBUTE = 'data-copy-markdown';

/**
 * Copies what `url` answers. A ClipboardItem takes the download as a promise, so the copy keeps
 * the click's permission while the text arrives (Safari refuses a late writeText).
 */
export async function copyFrom(url: string): Promise<void> {
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
