/**
 * The docs sidebar's categories on a page that does not hydrate. An expanded category's list is
 * in the build's HTML, so its caret collapses and expands it (Infima hides the list of a
 * `menu__list-item--collapsed` item). A collapsed category's items are not in the HTML at all (the
 * theme renders them lazily), so its caret opens the category's own page, where it is expanded;
 * a category without a page keeps the caret's default, which does nothing.
 */
const COLLAPSED = 'menu__list-item--collapsed';

export function startSidebar(): void {
  document.addEventListener('click', (event) => {
    const caret = (event.target as Element).closest?.<HTMLButtonElement>('.menu__caret, .menu__link--sublist-caret');
    const item = caret?.closest('.menu__list-item');
    if (!caret || !item) return;
    const list = item.querySelector(':scope > .menu__list');
    const link = item.querySelector<HTMLAnchorElement>(':scope > .menu__list-item-collapsible > a[href]');
    if (!list) {
      if (link && caret.tagName === 'BUTTON') location.assign(link.href);
      return;
    }
    event.preventDefault();
    const collapse = !item.classList.contains(COLLAPSED);
    item.classList.toggle(COLLAPSED, collapse);
    caret.setAttribute('aria-expanded', String(!collapse));
    const label = caret.getAttribute('aria-label');
    if (label)
      caret.setAttribute(
        'aria-label',
        label.replace(collapse ? /^Collapse/ : /^Expand/, collapse ? 'Expand' : 'Collapse'),
      );
  });
}
