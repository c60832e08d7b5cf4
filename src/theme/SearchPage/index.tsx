/**
 * The search page at /search: the query lives in the URL (`?q=`), so a search can be shared,
 * bookmarked, and reached from the navbar's box by pressing Enter, with or without scripts.
 */
import React, { useEffect, useRef, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import {
  search,
  searchPageHref,
  QUERY_PARAM,
  type SearchConfig,
  type SearchHit,
  type SearchResults,
} from '../../lib/search-client';
import { useSearchConfig } from '../../lib/use-search-config';
import styles from './styles.module.css';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

type State =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; results: SearchResults; hits: SearchHit[] }
  | { status: 'error'; query: string };

function useSearch({ baseUrl, worker, page }: SearchConfig, query: string) {
  const [state, setState] = useState<State>({ status: 'idle' });
  useEffect(() => {
    if (!query) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading', query });
    search({ baseUrl, worker, page }, query, PAGE_SIZE).then(
      (results) => current && setState({ status: 'done', results, hits: results.hits }),
      () => current && setState({ status: 'error', query }),
    );
    return () => {
      current = false;
    };
  }, [baseUrl, worker, page, query]);
  const [busy, setBusy] = useState(false);
  const more = async () => {
    if (state.status !== 'done' || busy) return;
    setBusy(true);
    try {
      const next = await state.results.more(PAGE_SIZE);
      setState((current) =>
        current.status === 'done' && current.results === state.results
          ? { ...current, hits: [...current.hits, ...next] }
          : current,
      );
    } finally {
      setBusy(false);
    }
  };
  return { state, more, busy };
}

function summary(state: State): string {
  switch (state.status) {
    case 'idle':
      return 'Type a word or two to search every story and doc.';
    case 'loading':
      return `Searching for “${state.query}”…`;
    case 'error':
      return 'Search could not load. Check the connection and try again.';
    case 'done': {
      const { total, query } = state.results;
      if (total === 0) return `No stories or docs match “${query}”.`;
      return `${total} result${total === 1 ? '' : 's'} for “${query}”`;
    }
  }
}

export default function SearchPage(): React.ReactElement {
  const config = useSearchConfig();
  const location = useLocation();
  const history = useHistory();
  const query = (new URLSearchParams(location.search).get(QUERY_PARAM) ?? '').trim();
  const { state, more, busy } = useSearch(config, query);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL follows the box as the reader types, replacing the entry rather than adding one per letter.
  const follow = (value: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => history.replace(searchPageHref(config, value.trim())), DEBOUNCE_MS);
  };

  return (
    <Layout title={query ? `Search: ${query}` : 'Search'} description="Search every story and doc on the site.">
      {/* An application, not a page to read: it hydrates (@sde/docusaurus-plugin-lean's islands). */}
      <main className="container margin-vert--lg" data-start-scripts="">
        <Heading as="h1">Search</Heading>
        <form
          role="search"
          aria-label="Stories and docs"
          action={searchPageHref(config, '')}
          method="get"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            clearTimeout(timer.current);
            const value = new FormData(event.currentTarget).get(QUERY_PARAM);
            history.replace(searchPageHref(config, String(value ?? '').trim()));
          }}
        >
          <label htmlFor="search-page-query" className={styles.label}>
            Search stories and docs
          </label>
          <input
            id="search-page-query"
            key={query ? 'query' : 'empty'}
            name={QUERY_PARAM}
            type="search"
            defaultValue={query}
            className={styles.input}
            autoComplete="off"
            enterKeyHint="search"
            onInput={(event) => follow(event.currentTarget.value)}
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </form>
        <p role="status" className={styles.summary}>
          {summary(state)}
        </p>
        {state.status === 'done' && state.hits.length > 0 && (
          <ol className={styles.results}>
            {state.hits.map((hit) => (
              <li key={hit.id}>
                <Heading as="h2" className={styles.title}>
                  <Link to={hit.url}>{hit.title}</Link>
                </Heading>
                {/* Pagefind escapes the page text; the only markup left is its <mark>s. */}
                <p className={styles.excerpt} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
              </li>
            ))}
          </ol>
        )}
        {state.status === 'done' && state.hits.length < state.results.total && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void more()}>
            Show more results
          </button>
        )}
      </main>
    </Layout>
  );
}
