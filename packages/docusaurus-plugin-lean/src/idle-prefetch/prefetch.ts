/**
 * Stands in for @docusaurus/core's client prefetch helper (see idle-prefetch/index.ts), with its contract: given
 * a chunk's URL, add a `<link rel=prefetch>` for it; the promise settles when that has loaded or
 * failed, and never rejects.
 *
 * Why: every link that scrolls into view asks for its page's chunks, and the first such batch
 * arrives all at once while the page is still hydrating: on a story page that was 30–40 ms of
 * appending links in one task (160 ms on a throttled phone). Here the links are added when the
 * browser is idle, a few milliseconds' worth at a time, and each URL once: pages share chunks, and
 * the home page alone asked for 88 links to 29 files.
 */
type Pending = { url: string; done: () => void };

const queue: Pending[] = [];
const requested = new Map<string, Promise<void>>();
let scheduled = false;
/** Longest stretch of appending in one go, in ms. */
const SLICE_MS = 4;

type IdleWindow = Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const idle = (window as IdleWindow).requestIdleCallback;
  if (idle) idle(flush, { timeout: 2000 });
  else setTimeout(flush, 50);
}

function append({ url, done }: Pending): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  link.onload = done;
  link.onerror = done;
  document.head.appendChild(link);
}

function flush(): void {
  scheduled = false;
  const start = performance.now();
  do append(queue.shift()!);
  while (queue.length > 0 && performance.now() - start < SLICE_MS);
  if (queue.length > 0) schedule();
}

export default function prefetch(url: string): Promise<void> {
  let promise = requested.get(url);
  if (!promise) {
    promise = new Promise((resolve) => {
      queue.push({ url, done: () => resolve() });
      schedule();
    });
    requested.set(url, promise);
  }
  return promise;
}
