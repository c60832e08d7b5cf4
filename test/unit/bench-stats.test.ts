import { describe, expect, it } from 'vitest';
import { descendants, initialAssets, markdownTable, median, parseAttributes, ratio } from '../../scripts/bench/stats';
import { failingAudits } from '../../scripts/bench/lighthouse';
import { pickEncoding } from '../../scripts/serve/static-server';
import { childrenCpuMs, measure } from '../../scripts/bench/measure';

describe('median and ratio', () => {
  it('takes the middle value, the lower one for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('divides to two decimals and refuses to divide by nothing', () => {
    expect(ratio(58, 40)).toBe('1.45');
    expect(ratio(1, 0)).toBe('–');
    expect(ratio(Number.NaN, 2)).toBe('–');
  });
});

describe('markdownTable', () => {
  it('uses the first row’s keys as columns', () => {
    expect(
      markdownTable([
        { a: 1, b: 'x' },
        { a: 2, b: 'y' },
      ]),
    ).toBe('| a | b |\n| --- | --- |\n| 1 | x |\n| 2 | y |');
  });
});

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes', () => {
    expect(parseAttributes('<script src=/assets/js/main.js defer>')).toEqual({ src: '/assets/js/main.js', defer: '' });
    expect(parseAttributes(`<link rel="stylesheet" href='/a b.css' />`)).toEqual({
      rel: 'stylesheet',
      href: '/a b.css',
    });
  });
});

describe('initialAssets', () => {
  it('collects scripts and styles a page loads, once each, and ignores what loads nothing', () => {
    const html = [
      '<link rel=icon href=/img/favicon.svg />',
      '<link rel=stylesheet href=/assets/css/styles.css />',
      '<link rel=preload as=image href=/img/logo.svg />',
      '<link rel=preload href=/assets/js/chunk.js as=script>',
      '<link rel="modulepreload" href="/assets/js/module.js">',
      '<link rel=preload as=style href=/assets/css/extra.css>',
      '<script type=application/ld+json>{"a":1}</script>',
      '<script src=/assets/js/runtime~main.js defer></script>',
      '<script src=/assets/js/main.js defer></script>',
      '<script src=/assets/js/main.js defer></script>',
      '<script>window.x=1</script>',
      '<!-- <script src=/commented.js></script> -->',
    ].join('\n');
    expect(initialAssets(html)).toEqual({
      scripts: ['/assets/js/chunk.js', '/assets/js/module.js', '/assets/js/runtime~main.js', '/assets/js/main.js'],
      styles: ['/assets/css/styles.css', '/assets/css/extra.css'],
    });
  });
});

describe('descendants', () => {
  it('walks the whole tree under a process and nothing beside it', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendants(parents, 10).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe('failingAudits', () => {
  it('lists weighted binary and numeric audits below a full score', () => {
    const lhr = {
      categories: {
        seo: {
          auditRefs: [
            { id: 'meta-description', weight: 1 },
            { id: 'viewport', weight: 1 },
            { id: 'structured-data', weight: 0 },
          ],
        },
        performance: { auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
      },
      audits: {
        'meta-description': { score: 0, scoreDisplayMode: 'binary' },
        viewport: { score: 1, scoreDisplayMode: 'binary' },
        'structured-data': { score: null, scoreDisplayMode: 'manual' },
        'total-blocking-time': { score: 0.4, scoreDisplayMode: 'numeric' },
      },
    } as unknown as Parameters<typeof failingAudits>[0];
    expect(failingAudits(lhr)).toEqual(['meta-description', 'total-blocking-time']);
  });
});

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, else none', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});

describe('measure', () => {
  it('reads the children’s CPU time from bash’s `times`', () => {
    expect(childrenCpuMs('0m0.010s 0m0.002s\n1m2.500s 0m0.250s\n')).toBeCloseTo(62_750, 6);
    expect(childrenCpuMs('garbage')).toBeNaN();
  });

  it('times a real command: at least the CPU time it reports itself, its exit code and output', async () => {
    const work =
      'let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; const u = process.cpuUsage(); console.log("cpu", (u.user + u.system) / 1000, x > 0)';
    const busy = await measure('node', ['-e', work], '.');
    expect(busy.ok).toBe(true);
    const reported = Number(/cpu ([\d.]+) true/.exec(busy.output)?.[1]);
    expect(reported).toBeGreaterThan(0);
    expect(busy.cpuMs).toBeGreaterThanOrEqual(reported);
    const failed = await measure('node', ['-e', 'process.exit(3)'], '.');
    expect(failed.code).toBe(3);
    expect(failed.ok).toBe(false);
  });
});
