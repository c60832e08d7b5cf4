/**
 * Start here's "Copy link" buttons on the built page (src/components/StartHere.tsx renders them,
 * each with the story's public URL in `data-copy-link`): a click copies that URL and says so in
 * the button's status, as the component does once hydrated; when the browser refuses, the status
 * shows the URL for copying by hand.
 */
import { COPY_LINK_ATTRIBUTE, copyLinkStatus } from '../lib/copy-link';

export default function startCopyLink(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>(`button[${COPY_LINK_ATTRIBUTE}]`);
    const url = button?.getAttribute(COPY_LINK_ATTRIBUTE);
    if (!button || !url) return;
    const status = button.parentElement?.querySelector('[role=status]');
    const show = (state: 'copied' | 'failed') => {
      if (status) status.textContent = copyLinkStatus(state, url);
    };
    navigator.clipboard.writeText(url).then(
      () => show('copied'),
      () => show('failed'),
    );
  });
}
