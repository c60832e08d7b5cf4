/**
 * Pages a reader may open next are fetched before the tap, so following a link is a load from the
 * cache. The template's speculation rules prerender a link the reader hovers or presses; this
 * fetches the pages of links that come into view, once the page is idle, a few at a time, each
 * once, and only on a connection that does not ask to save data.
 */
const MAX_PREFETCHES = 20;

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/** A link to another page of this site that a plain navigation would open. */
export function isPageLink(link: HTMLAnchorElement, here: Location): boolean {
  if (link.target && link.target !== '_self') return false;
  if (link.hasAttribute('download') || link.origin !== here.origin) return false;
  if (link.pathname === here.pathname) return false;
  // Feeds, Markdown copies, llms.txt and other files are not pages.
  return !/\.[a-z0-9]+$/i.test(link.pathname) || /\.html$/i.test(link.pathname);
}

export function startPrefetch(): void {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (connection?.saveData || /2g/.test(connection?.effectiveType ?? '')) return;
  if (typeof IntersectionObserver === 'undefined') return;
  const fetched = new Set<string>();
  const prefetch = (href: string) => {
    if (fetched.has(href) || fetched.size >= MAX_PREFETCHES) return;
    fetched.add(href);
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.appendChild(link);
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      prefetch((entry.target as HTMLAnchorElement).href.split('#')[0]!);
    }
  });
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  const observe = () =>
    idle(() => {
      document.querySelectorAll<HTMLAnchorElement>('main a[href], article a[href]').forEach((link) => {
        if (isPageLink(link, location)) observer.observe(link);
      });
    });
  if (document.readyState === 'complete') observe();
  else addEventListener('load', observe, { once: true });
}
