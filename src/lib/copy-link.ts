/** Start here's "Copy link" buttons: what the component and the island share. */

/** The attribute that carries the story's public URL on the build's button. */
export const COPY_LINK_ATTRIBUTE = 'data-copy-link';

export type CopyLinkState = 'idle' | 'copied' | 'failed';

/** The button's status: on failure, the URL itself, to copy by hand. */
export function copyLinkStatus(state: CopyLinkState, url: string): string {
  if (state === 'copied') return 'Link copied';
  if (state === 'failed') return `Copy this link: ${url}`;
  return '';
}
