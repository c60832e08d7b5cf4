/**
 * The navbar search box's behaviour, without a framework: the React box (src/theme/SearchBar/SearchBox.tsx,
 * on pages that hydrate and in dev) and the island (src/islands/search-box.ts, on static pages)
 * both run it, so the two boxes search, word their messages and move through results alike.
 */
import type { SearchConfig, SearchHit } from './search-client';

/**
 * Results shown in the box; the search page has them all. Each costs one small file (2-4 KB of
 * a story's text, for its excerpt), the larger part of a query's bytes once the code is loaded.
 */
export const RESULT_LIMIT = 5;
/** Quiet time after a keystroke before searching, so a quick typist's every letter is not a query. */
export const DEBOUNCE_MS = 150;
/** Shorter queries match most of the index and would fetch most of it. */
export const MIN_QUERY = 2;
/** The listbox's id; each option's id is derived from it (optionId). */
export const LIST_ID = 'search-box-results';

export const optionId = (index: number): string => `${LIST_ID}-${index}`;

export type SearchBoxState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; total: number; hits: SearchHit[] }
  | { status: 'error'; query: string };

export const IDLE: SearchBoxState = { status: 'idle' };

/** The line under the results while there are none to show, if any. */
export function popupMessage(state: SearchBoxState): string | undefined {
  switch (state.status) {
    case 'loading':
      return 'Searching…';
    case 'error':
      return 'Search could not load. Check the connection and try again.';
    case 'done':
      return state.total === 0 ? `No stories or docs match “${state.query}”.` : undefined;
    case 'idle':
      return undefined;
  }
}

/** The link to the search page under the results, when there are results. */
export function allResultsLabel(state: SearchBoxState): string | undefined {
  if (state.status !== 'done' || state.total === 0) return undefined;
  return state.total > state.hits.length ? `All ${state.total} results` : 'Open on the search page';
}

/** What the live region announces: the number of results, while the popup is open. */
export function statusText(state: SearchBoxState, open: boolean): string {
  if (state.status !== 'done' || !open) return '';
  return `${state.total} result${state.total === 1 ? '' : 's'}`;
}

/** The option an arrow key moves to among `count`, wrapping round at either end; -1 is none. */
export function stepActive(index: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  const last = count - 1;
  if (key === 'ArrowDown') return index >= last ? 0 : index + 1;
  return index <= 0 ? last : index - 1;
}

/** What a runner needs of search (src/lib/search-client.ts), passed in so tests can stand in. */
export interface SearchEngine {
  search: (query: string, count: number) => Promise<{ total: number; hits: SearchHit[] }>;
  preload: (query: string) => void;
}

/** A state change, as React's `setState` takes one: from the state at the time it applies. */
export type StateUpdate = (previous: SearchBoxState) => SearchBoxState;

export interface QueryRunner {
  /** Searches for what the box holds now, after DEBOUNCE_MS; a later call supersedes it. */
  run: (raw: string) => void;
  cancel: () => void;
}

/**
 * Turns what the reader types into searches: too short a query clears the results, a longer one
 * keeps the results shown until its own arrive (no flash of "Searching…" between keystrokes),
 * starts fetching the index part it needs at once, and is searched once typing pauses. Only the
 * newest query's answer is applied.
 */
export function createQueryRunner(engine: SearchEngine, update: (change: StateUpdate) => void): QueryRunner {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  const run = (raw: string) => {
    cancel();
    const query = raw.trim();
    const ticket = ++latest;
    if (query.length < MIN_QUERY) {
      update(() => IDLE);
      return;
    }
    update((previous) => (previous.status === 'done' ? previous : { status: 'loading', query }));
    if (query.length > MIN_QUERY) engine.preload(query);
    timer = setTimeout(() => {
      engine.search(query, RESULT_LIMIT).then(
        ({ total, hits }) => ticket === latest && update(() => ({ status: 'done', query, total, hits })),
        () => ticket === latest && update(() => ({ status: 'error', query })),
      );
    }, DEBOUNCE_MS);
  };
  return { run, cancel };
}

/** Class names of the box's parts: CSS-module names, hashed by the build. */
export interface SearchBoxClasses {
  option: string;
  active: string;
  title: string;
  excerpt: string;
  message: string;
  all: string;
}

/**
 * What the build's HTML tells the island, which has no React context and cannot import CSS
 * modules: the search settings, and the class names of the parts it creates.
 */
export interface SearchBoxData {
  config: SearchConfig;
  classes: SearchBoxClasses;
}

/** The form's attribute holding SearchBoxData, as JSON. */
export const DATA_ATTRIBUTE = 'data-search-box';

export const toDataAttribute = (data: SearchBoxData): string => JSON.stringify(data);

const CLASS_KEYS: (keyof SearchBoxClasses)[] = ['option', 'active', 'title', 'excerpt', 'message', 'all'];

/** SearchBoxData back from the attribute, or undefined for anything not written by toDataAttribute. */
export function fromDataAttribute(value: string | null | undefined): SearchBoxData | undefined {
  if (!value) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { config, classes } = data as Partial<Record<keyof SearchBoxData, Record<string, unknown>>>;
  if (
    typeof config?.baseUrl !== 'string' ||
    typeof config.page !== 'string' ||
    typeof config.worker !== 'boolean' ||
    !classes ||
    !CLASS_KEYS.every((key) => typeof classes[key] === 'string')
  )
    return undefined;
  return {
    config: { baseUrl: config.baseUrl, page: config.page, worker: config.worker },
    classes: Object.fromEntries(CLASS_KEYS.map((key) => [key, classes[key]])) as unknown as SearchBoxClasses,
  };
}
