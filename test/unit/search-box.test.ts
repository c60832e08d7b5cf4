/**
 * The search box's behaviour as src/lib/search-box.ts has it, for the React box and the island
 * alike: what it says, how arrows move, when it searches, and what the build's HTML tells the island.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
  allResultsLabel,
  createQueryRunner,
  fromDataAttribute,
  popupMessage,
  statusText,
  stepActive,
  toDataAttribute,
  DEBOUNCE_MS,
  IDLE,
  RESULT_LIMIT,
  type SearchBoxData,
  type SearchBoxState,
  type SearchEngine,
} from '../../src/lib/search-box';
import type { SearchHit } from '../../src/lib/search-client';

const hit = (id: string): SearchHit => ({ id, url: `/blog/${id}`, title: id, excerpt: `<mark>${id}</mark>` });
const done = (total: number, hits: SearchHit[]): SearchBoxState => ({ status: 'done', query: 'queue', total, hits });

describe('what the box says', () => {
  it('says it is searching, that search failed, or that nothing matched, and nothing while results show', () => {
    expect(popupMessage(IDLE)).toBeUndefined();
    expect(popupMessage({ status: 'loading', query: 'queue' })).toBe('Searching…');
    expect(popupMessage({ status: 'error', query: 'queue' })).toMatch(/could not load/);
    expect(popupMessage(done(0, []))).toBe('No stories or docs match “queue”.');
    expect(popupMessage(done(1, [hit('a')]))).toBeUndefined();
  });

  it('links to all results when it shows fewer than there are, to the search page when it shows them all', () => {
    expect(allResultsLabel(done(12, [hit('a'), hit('b')]))).toBe('All 12 results');
    expect(allResultsLabel(done(2, [hit('a'), hit('b')]))).toBe('Open on the search page');
    expect(allResultsLabel(done(0, []))).toBeUndefined();
    expect(allResultsLabel({ status: 'loading', query: 'queue' })).toBeUndefined();
  });

  it('announces the number of results only while open', () => {
    expect(statusText(done(1, [hit('a')]), true)).toBe('1 result');
    expect(statusText(done(7, [hit('a')]), true)).toBe('7 results');
    expect(statusText(done(0, []), true)).toBe('0 results');
    expect(statusText(done(7, [hit('a')]), false)).toBe('');
    expect(statusText({ status: 'loading', query: 'queue' }, true)).toBe('');
  });
});

describe('stepActive', () => {
  it('moves down and up, wrapping round at either end', () => {
    expect(stepActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(stepActive(0, 3, 'ArrowDown')).toBe(1);
    expect(stepActive(2, 3, 'ArrowDown')).toBe(0);
    expect(stepActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(stepActive(0, 3, 'ArrowUp')).toBe(2);
    expect(stepActive(2, 3, 'ArrowUp')).toBe(1);
  });

  it('chooses nothing among no results', () => {
    expect(stepActive(-1, 0, 'ArrowDown')).toBe(-1);
    expect(stepActive(0, 0, 'ArrowUp')).toBe(-1);
  });
});

describe('createQueryRunner', () => {
  let state: SearchBoxState;
  let engine: { search: Mock<SearchEngine['search']>; preload: Mock<SearchEngine['preload']> };
  let answers: Map<string, { resolve: (value: { total: number; hits: SearchHit[] }) => void; reject: () => void }>;

  beforeEach(() => {
    vi.useFakeTimers();
    state = IDLE;
    answers = new Map();
    engine = {
      search: vi.fn<SearchEngine['search']>(
        (query) =>
          new Promise<{ total: number; hits: SearchHit[] }>((resolve, reject) =>
            answers.set(query, { resolve, reject }),
          ),
      ),
      preload: vi.fn<SearchEngine['preload']>(),
    };
  });
  afterEach(() => vi.useRealTimers());

  const runner = () => createQueryRunner(engine, (change) => (state = change(state)));

  it('searches once typing pauses, for the newest query only, and asks for RESULT_LIMIT hits', async () => {
    const { run } = runner();
    run('qu');
    run('queu');
    run('  queue ');
    expect(state).toEqual({ status: 'loading', query: 'queue' });
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    expect(engine.search).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(engine.search.mock.calls).toEqual([['queue', RESULT_LIMIT]]);
    answers.get('queue')!.resolve({ total: 1, hits: [hit('a')] });
    await vi.runAllTimersAsync();
    expect(state).toEqual({ status: 'done', query: 'queue', total: 1, hits: [hit('a')] });
  });

  it('preloads the index part of each query longer than the minimum, at once', () => {
    const { run } = runner();
    run('q');
    run('qu');
    run('que');
    expect(engine.preload.mock.calls).toEqual([['que']]);
  });

  it('clears the results for a query too short to search, and never searches it', () => {
    const { run } = runner();
    run('q');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(state).toEqual(IDLE);
    expect(engine.search).not.toHaveBeenCalled();
  });

  it('keeps the results shown while the next query runs, and ignores an answer that came too late', async () => {
    const { run } = runner();
    run('queue');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    answers.get('queue')!.resolve({ total: 1, hits: [hit('a')] });
    await vi.runAllTimersAsync();
    run('queues');
    expect(state).toMatchObject({ status: 'done', query: 'queue' });
    vi.advanceTimersByTime(DEBOUNCE_MS);
    run('queuesx');
    answers.get('queues')!.resolve({ total: 2, hits: [hit('b'), hit('c')] });
    await vi.runAllTimersAsync();
    expect(state).toMatchObject({ status: 'done', query: 'queue' });
    answers.get('queuesx')!.reject();
    await vi.runAllTimersAsync();
    expect(state).toEqual({ status: 'error', query: 'queuesx' });
  });

  it('cancel stops a search that has not started', () => {
    const { run, cancel } = runner();
    run('queue');
    cancel();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(engine.search).not.toHaveBeenCalled();
  });
});

describe('the data attribute the island reads', () => {
  const data: SearchBoxData = {
    config: { baseUrl: '/docs-site/', worker: true, page: '/search' },
    classes: { option: 'o_1', active: 'a_2', title: 't_3', excerpt: 'e_4', message: 'm_5', all: 'l_6' },
  };

  it('round-trips the settings and class names', () => {
    expect(fromDataAttribute(toDataAttribute(data))).toEqual(data);
  });

  it('refuses anything else, so the build’s form keeps working as a plain form', () => {
    expect(fromDataAttribute(undefined)).toBeUndefined();
    expect(fromDataAttribute('')).toBeUndefined();
    expect(fromDataAttribute('{not json')).toBeUndefined();
    expect(fromDataAttribute('null')).toBeUndefined();
    expect(fromDataAttribute(JSON.stringify({ ...data, config: { ...data.config, worker: 'yes' } }))).toBeUndefined();
    const { all: _all, ...classes } = data.classes;
    expect(fromDataAttribute(JSON.stringify({ ...data, classes }))).toBeUndefined();
  });

  it('keeps only what it knows', () => {
    const extra = { ...data, config: { ...data.config, secret: 1 }, classes: { ...data.classes, extra: 'x' } };
    expect(fromDataAttribute(JSON.stringify(extra))).toEqual(data);
  });
});
