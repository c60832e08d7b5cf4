/**
 * The browser side of search: loads Pagefind's own script from the build (never bundled: it
 * fetches its wasm and index files relative to itself) and turns its results into hits.
 */

/** A query is shared as `?q=` on the search page. */
export const QUERY_PARAM = 'q';

/** One result, ready to show: `excerpt` is HTML from Pagefind, escaped except for its `<mark>`s. */
export interface SearchHit {
  id: string;
  url: string;
  title: string;
  excerpt: string;
}

export interface SearchResults {
  query: string;
  /** Every page that matched; `hits` holds the first few, in rank order. */
  total: number;
  hits: SearchHit[];
  /** Loads the hits after those already shown. */
  more: (count: number) => Promise<SearchHit[]>;
}

/** What the build tells the browser about the index (src/plugins/search). */
export interface SearchGlobalData {
  /** Search in Pagefind's web worker (a large index), or on the page (a small one). */
  worker: boolean;
  /** The search page's route, without the base URL (site.yml's `routes.search`). */
  page: string;
}

export interface SearchConfig extends SearchGlobalData {
  baseUrl: string;
}

/** The part of Pagefind's browser API this site uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Starts loading Pagefind (script, wasm and the index's table of contents) once per page load.
 * A failure (offline, say) is not remembered, so the next attempt tries again.
 */
export function loadSearch({ baseUrl, worker }: SearchConfig): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl, excerptLength: 24, noWorker: !worker });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/**
 * With `trailingSlash: false` a page is built as `<path>.html` and served at `<path>`; Pagefind
 * names the file. Its own `index.html` stripping covers the home and section pages.
 */
export function pageUrl(fileUrl: string): string {
  return fileUrl.replace(/\.html(?=$|[?#])/, '');
}

async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  const url = pageUrl(data.url);
  return { id: result.id, url, title: data.meta.title?.trim() || url, excerpt: data.excerpt };
}

/** Searches for `query` and loads the first `count` hits (each is one small file). */
export async function search(config: SearchConfig, query: string, count: number): Promise<SearchResults> {
  const engine = await loadSearch(config);
  const { results } = await engine.search(query);
  let shown = 0;
  const more = async (next: number) => {
    const slice = results.slice(shown, shown + next);
    shown += slice.length;
    return Promise.all(slice.map(toHit));
  };
  return { query, total: results.length, hits: await more(count), more };
}

/** Fetches the index part a query will need while the reader is still typing it. */
export function preload(config: SearchConfig, query: string): void {
  loadSearch(config)
    .then((engine) => engine.preload(query))
    // A failure shows when the query itself runs.
    .catch(() => {});
}

/** The search page's URL for `query`: `page` is its route under the site's baseUrl (site.yml). */
export function searchPageHref(config: Pick<SearchConfig, 'baseUrl' | 'page'>, query: string): string {
  const params = new URLSearchParams(query ? { [QUERY_PARAM]: query } : {});
  const suffix = params.size > 0 ? `?${params.toString()}` : '';
  return `${config.baseUrl.replace(/\/+$/, '')}${config.page}${suffix}`;
}
