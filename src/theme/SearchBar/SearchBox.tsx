/**
 * The live search box: an ARIA 1.2 combobox (the input keeps focus; arrows move through the
 * listbox of results, Enter opens one, or the search page when none is chosen, Escape closes).
 * The input is uncontrolled, so what the reader typed before this code ran stays in it.
 */
import React, { useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import { loadSearch, preload, search, searchPageHref, QUERY_PARAM, type SearchHit } from '../../lib/search-client';
import { useSearchConfig } from '../../lib/use-search-config';
import styles from './styles.module.css';

/**
 * Results shown in the box; the search page has them all. Each costs one small file (2-4 KB of
 * a story's text, for its excerpt), the larger part of a query's bytes once the code is loaded.
 */
const LIMIT = 5;
/** Quiet time after a keystroke before searching, so a quick typist's every letter is not a query. */
const DEBOUNCE_MS = 150;
/** Shorter queries match most of the index and would fetch most of it. */
const MIN_QUERY = 2;
const LIST_ID = 'search-box-results';

type State =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; total: number; hits: SearchHit[] }
  | { status: 'error'; query: string };

export default function SearchBox(): React.ReactElement {
  const config = useSearchConfig();
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const run = (raw: string) => {
    clearTimeout(timer.current);
    const query = raw.trim();
    const ticket = ++latest.current;
    setActive(-1);
    if (query.length < MIN_QUERY) {
      setState({ status: 'idle' });
      return;
    }
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading', query }));
    if (query.length > MIN_QUERY) preload(config, query);
    timer.current = setTimeout(() => {
      search(config, query, LIMIT).then(
        ({ total, hits }) => ticket === latest.current && setState({ status: 'done', query, total, hits }),
        () => ticket === latest.current && setState({ status: 'error', query }),
      );
    }, DEBOUNCE_MS);
  };

  // Whatever the build's box held when this one replaced it (src/theme/SearchBar/index.tsx).
  useEffect(() => {
    const box = input.current!;
    const focused = document.activeElement === box;
    if (focused) void loadSearch(config).catch(() => {});
    if (box.value.trim()) run(box.value);
    setOpen(focused);
    return () => clearTimeout(timer.current);
    // Once, on mount: later input arrives through the handlers.
  }, []);

  // Arrows move through results that may be scrolled out of view.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${LIST_ID}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const hits = state.status === 'done' ? state.hits : [];
  const go = (url: string) => {
    setOpen(false);
    input.current!.value = '';
    run('');
    input.current!.blur();
    history.push(url);
  };
  const allResults = (query: string) => searchPageHref(config, query);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const last = hits.length - 1;
      if (event.key === 'ArrowDown') setActive((index) => (index >= last ? 0 : index + 1));
      else setActive((index) => (index <= 0 ? last : index - 1));
    } else if (event.key === 'Escape') {
      if (open) {
        // A search input would also clear itself.
        event.preventDefault();
        setOpen(false);
      } else {
        event.currentTarget.value = '';
        run('');
      }
    }
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = hits[active];
    const query = input.current!.value.trim();
    if (chosen) go(chosen.url);
    else if (query) go(allResults(query));
  };

  const message =
    state.status === 'loading'
      ? 'Searching…'
      : state.status === 'error'
        ? 'Search could not load. Check the connection and try again.'
        : state.status === 'done' && state.total === 0
          ? `No stories or docs match “${state.query}”.`
          : undefined;
  const showPopup = open && state.status !== 'idle';
  const activeHit = active >= 0 && active < hits.length ? active : -1;

  return (
    <form
      ref={form}
      role="search"
      aria-label="Site"
      action={allResults('')}
      method="get"
      className={clsx('navbar__search', styles.box)}
      onSubmit={onSubmit}
      onBlur={(event) => {
        if (!form.current!.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={input}
        name={QUERY_PARAM}
        type="search"
        placeholder="Search"
        aria-label="Search stories and docs"
        className="navbar__search-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showPopup && hits.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={activeHit >= 0 ? `${LIST_ID}-${activeHit}` : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onFocus={() => {
          void loadSearch(config).catch(() => {});
          setOpen(true);
        }}
        onInput={(event) => {
          setOpen(true);
          run(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className={styles.popup} hidden={!showPopup}>
        <ul role="listbox" id={LIST_ID} aria-label="Search results" className={styles.list}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${LIST_ID}-${index}`}
              role="option"
              aria-selected={index === activeHit}
              className={clsx(styles.option, index === activeHit && styles.active)}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => go(hit.url)}
            >
              <span className={styles.title}>{hit.title}</span>
              <span className={styles.excerpt} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ul>
        {message && <p className={styles.message}>{message}</p>}
        {state.status === 'done' && state.total > 0 && (
          <a
            className={styles.all}
            href={allResults(state.query)}
            onClick={(event) => {
              event.preventDefault();
              go(allResults(state.query));
            }}
          >
            {state.total > hits.length ? `All ${state.total} results` : 'Open on the search page'}
          </a>
        )}
      </div>
      <span role="status" className={styles.visuallyHidden}>
        {state.status === 'done' && open ? `${state.total} result${state.total === 1 ? '' : 's'}` : ''}
      </span>
    </form>
  );
}
