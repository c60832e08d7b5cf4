/**
 * The live search box: an ARIA 1.2 combobox (the input keeps focus; arrows move through the
 * listbox of results, Enter opens one, or the search page when none is chosen, Escape closes).
 * The input is uncontrolled, so what the reader typed before this code ran stays in it.
 *
 * What it does lives in src/lib/search-box.ts, shared with the island that gives the build's box
 * the same behaviour on pages that never hydrate (src/islands/search-box.ts). The build's HTML
 * carries what that island needs: the search settings and the hashed class names of the parts it
 * creates, in `data-search-box`, and the popup, listbox and live region it fills.
 */
import React, { useEffect, useMemo, useRef, useState } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import { loadSearch, preload, search, searchPageHref, QUERY_PARAM } from '../../lib/search-client';
import {
  allResultsLabel,
  createQueryRunner,
  optionId,
  popupMessage,
  statusText,
  stepActive,
  toDataAttribute,
  IDLE,
  LIST_ID,
  type SearchBoxState,
} from '../../lib/search-box';
import { useSearchConfig } from '../../lib/use-search-config';
import styles from './styles.module.css';

export default function SearchBox(): React.ReactElement {
  const config = useSearchConfig();
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<SearchBoxState>(IDLE);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const runner = useMemo(
    () =>
      createQueryRunner(
        { search: (query, count) => search(config, query, count), preload: (query) => preload(config, query) },
        setState,
      ),
    // The settings are the build's: the same for the life of the page.
    [],
  );

  const run = (raw: string) => {
    setActive(-1);
    runner.run(raw);
  };

  // Whatever the build's box held when this one replaced it (src/theme/SearchBar/index.tsx).
  useEffect(() => {
    const box = input.current!;
    const focused = document.activeElement === box;
    if (focused) void loadSearch(config).catch(() => {});
    if (box.value.trim()) run(box.value);
    setOpen(focused);
    return runner.cancel;
    // Once, on mount: later input arrives through the handlers.
  }, []);

  // Arrows move through results that may be scrolled out of view.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
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
    const { key } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((index) => stepActive(index, hits.length, key));
    } else if (key === 'Escape') {
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

  const message = popupMessage(state);
  const allLabel = allResultsLabel(state);
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
      data-search-box={toDataAttribute({
        config,
        classes: {
          option: styles.option!,
          active: styles.active!,
          title: styles.title!,
          excerpt: styles.excerpt!,
          message: styles.message!,
          all: styles.all!,
        },
      })}
      onSubmit={onSubmit}
      onBlur={(event) => {
        if (!form.current!.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={input}
        name={QUERY_PARAM}
        // A combobox: HTML allows role="combobox" on a text input, not on type="search" (the
        // Nu Html Checker's "Bad value search for attribute type"); the form is the search landmark.
        type="text"
        placeholder="Search"
        aria-label="Search stories and docs"
        className="navbar__search-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showPopup && hits.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={activeHit >= 0 ? optionId(activeHit) : undefined}
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
              id={optionId(index)}
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
        {allLabel && state.status === 'done' && (
          <a
            className={styles.all}
            href={allResults(state.query)}
            onClick={(event) => {
              event.preventDefault();
              go(allResults(state.query));
            }}
          >
            {allLabel}
          </a>
        )}
      </div>
      <span role="status" className={styles.visuallyHidden}>
        {statusText(state, open)}
      </span>
    </form>
  );
}
