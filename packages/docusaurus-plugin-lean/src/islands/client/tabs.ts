/**
 * The theme's tabs on a page that does not hydrate: the build renders every panel, the inactive
 * ones `hidden`. A click, or an arrow key, Home or End on the focused tab, selects a tab the way
 * theme-classic's Tabs does (classes, aria-selected, roving tabindex, the panels' `hidden`).
 * Not carried over: `groupId` and `queryString` syncing across tab sets and visits.
 */
const ACTIVE = 'tabs__item--active';

function select(tab: HTMLElement, focus: boolean): void {
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
  if (focus) tab.focus();
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
    if (tab) select(tab, false);
  });
  document.addEventListener('keydown', (event) => {
    const tab = (event.target as Element).closest?.<HTMLElement>('[role=tablist] > [role=tab]');
    const move = KEYS[event.key];
    if (!tab || !move) return;
    const tabs = Array.from(tab.parentElement!.querySelectorAll<HTMLElement>(':scope > [role=tab]'));
    const next = tabs[move(tabs.indexOf(tab), tabs.length)];
    if (!next) return;
    event.preventDefault();
    select(next, true);
  });
}
