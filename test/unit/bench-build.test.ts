import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, type Sample } from '../../scripts/bench/measure';
import { buildPhases, cpuAt, perfEntries } from '../../scripts/bench/phases';
import { buildSteps, editOnePost, folderBytes } from '../../scripts/bench/sites';

const sample = (ms: number, cpuMs: number, rssBytes = 0, named: Record<string, number> = {}): Sample => ({
  ms,
  cpuMs,
  rssBytes,
  named,
});

describe('perfEntries', () => {
  it('reads label, duration and end time from the perf logger’s lines, colours or not', () => {
    const lines = [
      {
        ms: 9000,
        text: '\u001b[33m[PERF]\u001b[39m Build > en > Load site - \u001b[31m8.31 seconds!\u001b[39m - (Heap 82mb)',
      },
      { ms: 9100, text: '[PERF] Get locales to build - 975.92 ms - (Heap 50mb -> 82mb / Total 109mb)' },
      { ms: 9200, text: '[PERF][KO] Build > en > SSG - 1.50 seconds! - (Heap 1mb)' },
      { ms: 9300, text: '[PERF] Build > en > SSG > Thread pool > Result for task 2 - (Heap 203mb / Total 327mb)' },
      { ms: 9400, text: '[og-image] 3 cards: 0 drawn, 3 from cache' },
    ];
    expect(perfEntries(lines)).toEqual([
      { label: 'Build > en > Load site', endMs: 9000, ms: 8310 },
      { label: 'Get locales to build', endMs: 9100, ms: 975.92 },
      { label: 'Build > en > SSG', endMs: 9200, ms: 1500 },
    ]);
  });
});

describe('cpuAt', () => {
  it('interpolates between samples and never goes back when a process is briefly unaccounted', () => {
    const samples = [sample(100, 50), sample(200, 150), sample(300, 120), sample(400, 250)];
    expect(cpuAt(samples, 150)).toBe(100);
    expect(cpuAt(samples, 300)).toBe(150);
    expect(cpuAt(samples, 1000)).toBe(250);
  });
});

describe('buildPhases', () => {
  it('splits docusaurus build at the phases the perf logger ends and counts named threads apart', () => {
    const line = (ms: number, label: string) => ({ ms, text: `[PERF] Build > en > ${label} - 1.00 seconds! - (Heap)` });
    const samples = [
      sample(1000, 1000, 100),
      // Card threads used 400 ms of CPU during bundling.
      sample(2000, 3000, 300, { 'sde-og-card': 400 }),
      sample(3000, 4000, 200, { 'sde-og-card': 400 }),
      sample(4000, 4500, 150, { 'sde-og-card': 400 }),
    ];
    const phases = buildPhases(
      [
        { name: 'check', ms: 500, cpuMs: 450, lines: [], samples: [sample(250, 200, 50)] },
        {
          name: 'docusaurus build',
          ms: 4200,
          cpuMs: 4600,
          lines: [
            line(1000, 'Load site'),
            line(2000, 'Bundling with rspack'),
            line(2900, 'SSG'),
            line(3000, 'Deleting server bundle'),
          ],
          samples,
        },
      ],
      { 'sde-og-card': 'cards' },
    );
    expect(phases.map((p) => [p.phase.split(' ')[0], p.ms, Math.round(p.cpuMs), p.peakRssBytes])).toEqual([
      ['check', 500, 450, 50],
      ['loading', 1000, 1000, 100],
      // 2,000 ms of the tree's CPU time, 400 of it the card threads'.
      ['bundling', 1000, 1600, 300],
      // Nothing logged after SSG: the rest of the step is its, up to the exact total CPU time.
      ['rendering', 2200, 1600, 200],
      ['cards', 1000, 400, 300],
    ]);
    expect(phases.at(-1)!.overlapping).toBe(true);
  });
});

describe('buildPhases of a killed build', () => {
  it('puts the time after the last phase it ended into the phase it was killed in', () => {
    const line = (ms: number, label: string) => ({ ms, text: `[PERF] Build > en > ${label} - 1.00 seconds! - (Heap)` });
    const phases = buildPhases([
      {
        name: 'docusaurus build',
        ms: 9000,
        cpuMs: Number.NaN,
        lines: [line(1000, 'Load site')],
        samples: [sample(1000, 1200, 400), sample(5000, 8000, 9000), sample(9000, 15000, 20000)],
      },
    ]);
    expect(phases.map((p) => [p.phase, p.ms, p.peakRssBytes])).toEqual([
      ['loading content (config, plugins’ loadContent)', 1000, 400],
      ['bundling (Rspack, client and server): killed here', 8000, 20000],
    ]);
  });
});

describe('the build steps of a site', () => {
  it('measures each command of `npm run build` on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-steps-'));
    try {
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({
          scripts: {
            build:
              'npm run check && NODE_OPTIONS=--max-semi-space-size=32 docusaurus build --out-dir build && npm run headers',
          },
        }),
      );
      expect(buildSteps(dir)).toEqual([
        { name: 'check', command: 'npm run check' },
        { name: 'docusaurus build', command: 'NODE_OPTIONS=--max-semi-space-size=32 docusaurus build --out-dir build' },
        { name: 'headers', command: 'npm run headers' },
      ]);
      mkdirSync(join(dir, 'blog'));
      writeFileSync(join(dir, 'site.yml'), 'title: Test\n');
      writeFileSync(join(dir, 'blog', 'b.md'), 'b');
      writeFileSync(join(dir, 'blog', 'a.md'), 'a');
      expect(editOnePost(dir)).toBe('a.md');
      expect(readFileSync(join(dir, 'blog', 'a.md'), 'utf8')).toMatch(/^a\n.+\n$/);
      expect(folderBytes(join(dir, 'blog'))).toBe(readFileSync(join(dir, 'blog', 'a.md')).length + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the memory guard', () => {
  it('kills a tree that passes its cap, children included, and says when', async () => {
    // A child that holds ~200 MB and would otherwise sleep for a minute.
    const hog = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 60_000)';
    const started = Date.now();
    const result = await measure('bash', ['-c', `node -e '${hog}'; echo survived`], '.', {
      capBytes: 120 * 1024 * 1024,
      intervalMs: 100,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.ok).toBe(false);
    expect(result.killed?.reason).toMatch(/passed the cap of 0\.1 GB/);
    expect(result.killed!.atBytes).toBeGreaterThan(120 * 1024 * 1024);
    expect(result.output).not.toMatch(/survived/);
  });

  it('counts the CPU time of threads by name', async () => {
    // The thread spins until /proc says it used 600 ms of CPU, then idles so a sample sees it.
    const thread = [
      "const fs = require('fs');",
      "fs.writeFileSync('/proc/thread-self/comm', 'sde-test');",
      "const used = () => { const f = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };",
      'while (used() < 600);',
      'setTimeout(() => {}, 500);',
    ].join(' ');
    const work = `new (require('node:worker_threads').Worker)(${JSON.stringify(thread)}, { eval: true });`;
    const result = await measure('node', ['-e', work], '.', { named: /^sde-test$/, intervalMs: 100 });
    expect(result.ok).toBe(true);
    const named = Math.max(...result.samples.map((s) => s.named['sde-test'] ?? 0));
    expect(named).toBeGreaterThan(500);
    expect(named).toBeLessThanOrEqual(result.cpuMs);
  });
});
