/**
 * The theme's tabs on a page that does not hydrate: the build renders every panel, the inactive
 * ones `hidden`. As theme-classic's Tabs does, a click or Enter selects a tab (classes,
 * aria-selected, roving tabindex, the panels' `hidden`), and the arrow keys (Home and End too)
 * move the focus along the tabs.
 * Not carried over: `groupId` and `queryString` syncing across tab sets and visits.
 */
const ACTIVE = 'tabs__item--active';

function select(tab: HTMLElement): void {
  const list = tab.closest('[role=tablist]');
  const container = list?.parentElement;
  if (!list || !container) return;
  const tabs = Array.from(list.querySelectorAll<HTMLElement>('[role=tab]'));
  // Panels are the tab list's sibling's children, in the tabs' order (theme-classic's TabContent).
  const panels = Array.from(container.querySelectorAll<HTMLElement>('[role=tabpanel]')).filter(
    (panel) => panel.closest('[role=tablist] ~ *')?.parentElement === container,
  );
  tabs.forEach((each, index) => {
    const chosen = each === tab;
    each.classList.toggle(ACTIVE, chosen);
    each.setAttribute('aria-selected', String(chosen));
    each.tabIndex = chosen ? 0 : -1;
    if (panels[index]) panels[index]!.hidden = !chosen;
  });
}

const KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function startTabs(): void {
  document.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest?.<HTMLElement>('[role=tablist] > [role=tab]');
    if (tab) select(tab);
  });
  document.addEventListener('keydown', (event) => {
    const tab = (event.target as Element).closest?.<HTMLElement>('[role=tablist] > [role=tab]');
    if (!tab) return;
    if (event.key === 'Enter') {
      select(tab);
      return;
    }
    const move = KEYS[event.key];
    if (!move) return;
    const tabs = Array.from(tab.parentElement!.querySelectorAll<HTMLElement>(':scope > [role=tab]'));
    const next = tabs[move(tabs.indexOf(tab), tabs.length)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
