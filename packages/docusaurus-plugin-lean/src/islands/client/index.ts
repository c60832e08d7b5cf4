/**
 * The islands bundle's built-in part: what a page of the classic theme needs from scripts when it
 * does not hydrate. The header's menu and colour-mode toggle are the early controls' inline script
 * (../../early-controls/); `<details>` opens natively; links are plain links, prefetched here and
 * prerendered by the template's speculation rules. The site's own islands run after these.
 */
import { startPrefetch } from './prefetch';
import { startSidebar } from './sidebar';
import { startTableOfContents } from './toc';
import { startTabs } from './tabs';

/** Set on `<html>` once every island has started: the page is as live as it will get. */
export const READY_ATTRIBUTE = 'data-islands';

export function startIslands(site?: () => void): void {
  startTabs();
  startSidebar();
  startTableOfContents();
  startPrefetch();
  site?.();
  document.documentElement.setAttribute(READY_ATTRIBUTE, 'ready');
}
