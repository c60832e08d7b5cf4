import { describe, expect, it } from 'vitest';
import { UsageError, type Io } from '@sde/content-engine/cli';
import {
  blocking,
  interactionAfter,
  tapLatency,
  tapNextFrameMs,
  tapReport,
  until,
  type EventEntry,
  type InputTiming,
} from '../../scripts/lib/input-timing';
import {
  blockingRows,
  medianMax,
  normalisePath,
  parseOffsets,
  parsePageNames,
  storyLink,
  tapPages,
  tapSummary,
  tapTables,
  type TapSample,
  type VisitSample,
} from '../../scripts/bench/taps';
import { main } from '../../scripts/cli/bench';

const entry = (name: string, startTime: number, duration: number, interactionId: number): EventEntry => ({
  name,
  startTime,
  duration,
  interactionId,
});

describe('a tap’s latency from Event Timing', () => {
  const entries = [
    // An earlier tap, slower than the one measured.
    entry('pointerdown', 100, 400, 7),
    entry('click', 110, 380, 7),
    // Events that belong to no interaction, however long, are not the tap's.
    entry('pointerover', 1000, 900, 0),
    entry('touchstart', 1000, 900, 0),
    entry('pointerdown', 1000, 48, 12),
    entry('pointerup', 1008, 32, 12),
    entry('click', 1008, 64, 12),
    // A later one.
    entry('click', 3000, 500, 19),
  ];

  it('is the longest entry of the first interaction from the tap on', () => {
    expect(interactionAfter(entries, 1000)?.interactionId).toBe(12);
    expect(tapLatency(entries, 1000)).toEqual({ ms: 64, fromEventTiming: true });
  });

  it('takes an interaction whose start Event Timing coarsened to just before the tap', () => {
    expect(tapLatency(entries, 1000.4).ms).toBe(64);
  });

  it('is 16 ms, marked, when Chrome reported nothing for the tap', () => {
    expect(tapLatency(entries.slice(0, 4), 1000)).toEqual({ ms: 16, fromEventTiming: false });
    expect(tapLatency([], 0)).toEqual({ ms: 16, fromEventTiming: false });
  });
});

describe('tapNextFrameMs', () => {
  it('is the slowest of the tap’s events, and unknown until all of them have painted', () => {
    const inputs = [
      { type: 'click', at: 10, nextFrameMs: 900 },
      { type: 'pointerdown', at: 100, nextFrameMs: 30 },
      { type: 'pointerup', at: 104, nextFrameMs: 70 },
      { type: 'click', at: 104, nextFrameMs: 50 },
    ];
    expect(tapNextFrameMs(inputs, 100)).toBe(70);
    expect(tapNextFrameMs([...inputs.slice(0, 3), { type: 'click', at: 104, nextFrameMs: -1 }], 100)).toBeUndefined();
  });
});

describe('waiting for the page', () => {
  const inputs = [
    { type: 'pointerdown', at: 100, nextFrameMs: 20 },
    { type: 'click', at: 108, nextFrameMs: 30 },
    { type: 'pointerdown', at: 900, nextFrameMs: 20 },
    { type: 'click', at: 908, nextFrameMs: 30 },
  ];

  it('reads until Chrome has reported the click of the tap asked for, and no longer', async () => {
    const reports: InputTiming[] = [
      { events: [], inputs, longTasks: [] },
      { events: [entry('click', 108, 120, 3)], inputs, longTasks: [] },
      { events: [entry('click', 108, 120, 3), entry('click', 908, 64, 5)], inputs, longTasks: [] },
    ];
    let reads = 0;
    const read = async () => reports[Math.min(reads++, reports.length - 1)]!;
    const { recorded, since } = await tapReport(read, 2, 5000);
    expect(since).toBe(900);
    expect(reads).toBe(3);
    expect(tapLatency(recorded.events, since).ms).toBe(64);
  });

  it('gives up waiting for a report that never comes (a tap under 16 ms)', async () => {
    const started = performance.now();
    const { since } = await tapReport(async () => ({ events: [], inputs, longTasks: [] }), 1, 120);
    expect(since).toBe(100);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('fails a wait that never ends, saying what it waited for', async () => {
    await expect(until(async () => false, 120, 'the menu opened')).rejects.toThrow(/the menu opened/);
    let calls = 0;
    await until(async () => ++calls === 3, 5000, 'three calls');
    expect(calls).toBe(3);
  });
});

describe('blocking', () => {
  it('counts tasks over 50 ms, the longest, and what each goes over 50 ms by', () => {
    expect(blocking([{ duration: 120 }, { duration: 50 }, { duration: 390 }, { duration: 51 }])).toEqual({
      count: 3,
      longestMs: 390,
      totalBlockingMs: 70 + 340 + 1,
    });
    expect(blocking([])).toEqual({ count: 0, longestMs: 0, totalBlockingMs: 0 });
  });
});

describe('the taps bench’s arguments', () => {
  it('reads offsets as whole milliseconds and refuses anything else', () => {
    expect(parseOffsets('0,300,1200')).toEqual([0, 300, 1200]);
    for (const bad of ['', '-300', '1.5', '0,,300', 'soon', '300,300']) expect(() => parseOffsets(bad)).toThrow();
  });

  it('names page types by short names, and keeps the pages asked for in the bench’s order', () => {
    expect(parsePageNames('story,home')).toEqual(['post', 'home']);
    expect(() => parsePageNames('story,archive')).toThrow(/archive/);
    const pages = ['home', 'post', 'tags index', 'archive'].map((type) => ({ type, path: `/${type}`, file: '' }));
    expect(tapPages(pages).map((page) => page.type)).toEqual(['home', 'post', 'tags index']);
    expect(tapPages(pages, ['post', 'home']).map((page) => page.type)).toEqual(['home', 'post']);
  });

  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const fake = {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      cwd: process.cwd(),
      env: {},
      now: () => new Date(0),
    } as unknown as Io;
    return { fake, out };
  };

  it('are documented by --help', async () => {
    const { fake, out } = io();
    expect(await main(['--help'], fake)).toBe(0);
    expect(out.join('\n')).toMatch(/taps/);
    for (const option of ['--offsets', '--visits', '--pages']) expect(out.join('\n')).toContain(option);
  });

  it('are checked before anything is built', async () => {
    for (const argv of [
      ['--only', 'taps', '--pages', 'story,nowhere'],
      ['--only', 'taps', '--offsets', '0,-1'],
      ['--only', 'taps', '--visits', '0'],
      ['--only', 'tap'],
    ]) {
      await expect(main(argv, io().fake), argv.join(' ')).rejects.toBeInstanceOf(UsageError);
    }
  });
});

describe('storyLink', () => {
  const stories = ['/blog/first', '/blog/second'];

  it('follows the first link to a story other than the page itself, however its path is written', () => {
    const links = [
      { href: '/blog', path: '/blog' },
      { href: '/blog/first/', path: '/blog/first/' },
      { href: 'second.html', path: '/blog/second.html' },
    ];
    expect(storyLink(links, stories, '/blog/first')?.href).toBe('second.html');
    expect(storyLink(links, stories, '/')?.href).toBe('/blog/first/');
  });

  it('finds none on a page that links to no story', () => {
    expect(storyLink([{ href: '/docs', path: '/docs' }], stories, '/')).toBeUndefined();
  });

  it('reads paths as served', () => {
    expect(normalisePath('/blog/a/index.html')).toBe('/blog/a');
    expect(normalisePath('/blog/a.html?x=1#top')).toBe('/blog/a');
    expect(normalisePath('/')).toBe('/');
  });
});

describe('the taps tables', () => {
  const tap = (side: 'ours' | 'stock', offsetMs: number, ms: number, extra: Partial<TapSample> = {}): TapSample => ({
    target: `${side} 3`,
    side,
    posts: 3,
    page: 'post',
    path: '/blog/first',
    offsetMs,
    visit: 0,
    ms,
    fromEventTiming: true,
    nextFrameMs: null,
    measuredOffsetMs: offsetMs,
    opened: true,
    ...extra,
  });
  const samples = [
    tap('ours', 0, 16),
    tap('ours', 0, 24),
    tap('ours', 0, 40),
    tap('ours', 1200, 480),
    tap('ours', 1200, 400),
    tap('ours', 1200, 600),
    tap('ours', 1200, Number.NaN, { error: 'timeout' }),
    tap('stock', 0, 200, { opened: false }),
    tap('stock', 0, 160),
    tap('stock', 0, 120),
    tap('stock', 1200, 32),
    tap('stock', 1200, 40),
    tap('stock', 1200, 48),
  ];

  it('writes a median and the maximum in each cell', () => {
    expect(medianMax([16, 40, 24])).toBe('24 (40)');
    expect(medianMax([])).toBe('–');
  });

  it('puts ours beside stock at each offset, leaving failed visits out of the figures but counting them', () => {
    const [table] = tapTables(samples);
    expect(table!.posts).toBe(3);
    expect(table!.rows).toEqual([
      {
        page: 'post',
        side: 'ours',
        '0 ms': '24 (40)',
        '1200 ms': '480 (600)',
        'menu opened': '6/6',
        'failed visits': 1,
      },
      {
        page: 'post',
        side: 'stock',
        '0 ms': '160 (200)',
        '1200 ms': '40 (48)',
        'menu opened': '5/6',
        'failed visits': 0,
      },
    ]);
  });

  it('compares the worst offsets’ medians and counts the slow taps', () => {
    const [row] = tapSummary(samples);
    expect(row).toMatchObject({
      'ours worst median ms': 480,
      'stock worst median ms': 160,
      'ours / stock': '3.00',
      'ours slowest ms': 600,
      'ours taps > 100 ms': '3/6',
      'ours taps > 200 ms': '3/6',
      'stock taps > 200 ms': '0/6',
    });
  });

  it('sums the scripted visits’ blocking and says which steps a side could not do', () => {
    const visit = (side: 'ours' | 'stock', longTasks: number[], extra: Partial<VisitSample> = {}): VisitSample => ({
      target: `${side} 3`,
      side,
      posts: 3,
      page: 'home',
      path: '/',
      visit: 0,
      longTasks,
      skipped: [],
      problems: [],
      ...extra,
    });
    const [row] = blockingRows([
      visit('ours', [100, 60]),
      visit('ours', [300]),
      visit('ours', [150, 150], { problems: ['menu stayed open after its close button'] }),
      visit('stock', [450], { skipped: ['search box'] }),
    ]);
    expect(row).toMatchObject({
      'ours long tasks': '2 (2)',
      'ours longest ms': '150 (300)',
      'ours TBT ms': '200 (250)',
      'stock TBT ms': '400 (400)',
      'TBT ours / stock': '0.50',
    });
    expect(row!['steps not done']).toBe('ours: menu stayed open after its close button (1/3); stock: no search box');
  });
});
