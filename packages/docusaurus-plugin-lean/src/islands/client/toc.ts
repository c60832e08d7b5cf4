/**
 * The table of contents marks the section being read, as the theme's does: the last heading it
 * lists whose top has scrolled past the navbar. One read of the headings' positions per frame of
 * scrolling, nothing while the page is still.
 */
const ACTIVE = 'table-of-contents__link--active';

export function startTableOfContents(): void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.table-of-contents__link[href^="#"]'));
  if (links.length === 0) return;
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let queued = false;
  const update = () => {
    queued = false;
    const top = (document.querySelector('.navbar')?.getBoundingClientRect().height ?? 0) + 10;
    let index = -1;
    targets.forEach((target, at) => {
      if (target && target.getBoundingClientRect().top <= top) index = at;
    });
    // Every link for that heading: the desktop list and the collapsible one on narrow screens.
    const href = index >= 0 ? links[index]!.getAttribute('href') : null;
    for (const link of links) link.classList.toggle(ACTIVE, link.getAttribute('href') === href);
  };
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
}
