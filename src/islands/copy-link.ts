/**
 * "Copy link" on the Start here page, which never hydrates: the build's button
 * (src/components/StartHere.tsx) holds the story's URL; a click copies it as the React button
 * does and says so in the live region beside it.
 */
import { copyLink, copyLinkMessage, COPY_LINK_ATTRIBUTE } from '../lib/copy-link';

function onClick(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest(`button[${COPY_LINK_ATTRIBUTE}]`) : null;
  const url = button?.getAttribute(COPY_LINK_ATTRIBUTE);
  if (!button || !url) return;
  void copyLink(url).then((state) => {
    const status = button.parentElement?.querySelector('[role="status"]');
    if (status) status.textContent = copyLinkMessage(state, url);
  });
}

export function start(): void {
  document.addEventListener('click', onClick);
}
