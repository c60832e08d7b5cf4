/**
 * "Copy link" on the Start here page: the copying and its messages, shared by the React button
 * (src/components/StartHere.tsx, in dev) and the island that handles the build's button on the
 * page, which never hydrates (src/islands/copy-link.ts).
 */

export type CopyLinkState = 'idle' | 'copied' | 'failed';

/** The button's attribute holding the URL to copy (the story's canonical one). */
export const COPY_LINK_ATTRIBUTE = 'data-copy-link';

/** What the live region beside the button says; on failure, the URL, so it can be copied by hand. */
export function copyLinkMessage(state: CopyLinkState, url: string): string {
  if (state === 'copied') return 'Link copied';
  if (state === 'failed') return `Copy this link: ${url}`;
  return '';
}

export async function copyLink(url: string): Promise<CopyLinkState> {
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
