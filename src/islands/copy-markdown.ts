/**
 * "Copy as Markdown" on pages that never hydrate: the build's button (src/components/CopyMarkdown.tsx)
 * names the story's Markdown copy; a click copies it as the React button does and says so in the
 * bar's live region.
 */
import { copyFrom, COPY_ATTRIBUTE, COPY_MESSAGES, type CopyState } from '../lib/copy-markdown';

function show(button: Element, state: CopyState): void {
  const status = button.parentElement?.querySelector('[role="status"]');
  if (status) status.textContent = COPY_MESSAGES[state];
}

function onClick(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest(`button[${COPY_ATTRIBUTE}]`) : null;
  const href = button?.getAttribute(COPY_ATTRIBUTE);
  if (!button || !href) return;
  copyFrom(href).then(
    () => show(button, 'copied'),
    () => show(button, 'failed'),
  );
}

export function start(): void {
  document.addEventListener('click', onClick);
}
