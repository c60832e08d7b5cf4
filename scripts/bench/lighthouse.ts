/**
 * Lighthouse benchmark: serves a production build with compression on 127.0.0.1 and runs the
 * mobile and desktop presets on each page type, several runs each, interleaved, medians reported.
 */
import * as chromeLauncher from 'chrome-launcher';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'lighthouse';
import { startStaticServer } from '../serve/static-server';
import { median, type Row } from './stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import type { PageType } from './weight';

export const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Preset = 'mobile' | 'desktop';

export interface LighthouseSample {
  page: string;
  path: string;
  preset: Preset;
  run: number;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  failing: string[];
  requests: number;
  transferBytes: number;
  /** Lighthouse's own CPU speed probe for this run; lower means a busier or slower machine. */
  benchmarkIndex: number;
  /** The longest main-thread tasks (simulated on the throttled phone), with the script they ran, if any. */
  longTasks: { url: string; ms: number }[];
  /** The image audits' scores (1 passes; null: not applicable), for the picture bench. */
  imageAudits: Record<string, number | null>;
}

/** Lighthouse's audits of a page's images. */
export const IMAGE_AUDITS = [
  'uses-responsive-images',
  'modern-image-formats',
  'unsized-images',
  'lcp-lazy-loaded',
  'prioritize-lcp-image',
  'offscreen-images',
  'efficient-animated-content',
  'image-delivery-insight',
  'lcp-discovery-insight',
] as const;

/** Audits that count towards a category and did not pass. */
export function failingAudits(lhr: Pick<Result, 'audits' | 'categories'>): string[] {
  const failing = new Set<string>();
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      if (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric') {
        if (audit.score !== null && audit.score < 1) failing.add(ref.id);
      }
    }
  }
  return [...failing].sort();
}

function sample(lhr: Result, page: PageType, preset: Preset, run: number): LighthouseSample {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (lhr.audits['network-requests']?.details as { items?: { transferSize?: number }[] } | undefined)?.items;
  return {
    page: page.type,
    path: page.path,
    preset,
    run,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numeric('largest-contentful-paint'),
    fcpMs: numeric('first-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing: failingAudits(lhr),
    requests: items?.length ?? 0,
    transferBytes: (items ?? []).reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    longTasks: (
      (lhr.audits['long-tasks']?.details as { items?: { url?: string; duration?: number }[] } | undefined)?.items ?? []
    )
      .slice(0, 5)
      .map((task) => ({ url: task.url ?? '', ms: Math.round(task.duration ?? 0) })),
    imageAudits: Object.fromEntries(IMAGE_AUDITS.map((id) => [id, lhr.audits[id]?.score ?? null])),
  };
}

const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/**
 * Lighthouse through its own CLI in a plain Node process: it sends functions to the page as
 * source text, and tsx's name-keeping helpers in that text would be undefined there.
 */
function runLighthouseCli(url: string, port: number, preset: Preset): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'sde-lighthouse-'));
  const report = join(dir, 'report.json');
  const args = [
    LIGHTHOUSE_CLI,
    url,
    `--port=${port}`,
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        if (error) throw new Error(`lighthouse failed for ${url}: ${stderr || error.message}`);
        const lhr = JSON.parse(readFileSync(report, 'utf8')) as Result;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        resolve(lhr);
      } catch (failure) {
        reject(failure instanceof Error ? failure : new Error(String(failure)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

export interface LighthouseOptions {
  buildDir: string;
  pages: PageType[];
  runs: number;
  presets?: Preset[];
  chromePath?: string;
  log?: (line: string) => void;
}

export async function runLighthouseBench(
  options: LighthouseOptions,
): Promise<{ rows: Row[]; samples: LighthouseSample[] }> {
  const presets = options.presets ?? ['mobile', 'desktop'];
  const samples = await runLighthouseMatrix({
    targets: [{ label: 'site', buildDir: options.buildDir, pages: options.pages }],
    runs: options.runs,
    presets,
    chromePath: options.chromePath,
    log: options.log,
  });
  return { rows: summarise(samples, options.pages, presets), samples };
}

/** A build to audit, and its pages; `label` tells its samples apart from the others'. */
export interface LighthouseTarget {
  label: string;
  buildDir: string;
  pages: PageType[];
}

export interface LabelledSample extends LighthouseSample {
  target: string;
}

/**
 * Audits several builds in one Chromium, each served with compression on its own port: per run, per
 * page type, per preset, every build in turn, the order of the builds reversed on every other run,
 * so that a change in the machine's load falls on all of them alike.
 */
export async function runLighthouseMatrix(options: {
  targets: LighthouseTarget[];
  runs: number;
  presets: Preset[];
  chromePath?: string;
  log?: (line: string) => void;
}): Promise<LabelledSample[]> {
  const log = options.log ?? (() => {});
  const servers = await Promise.all(
    options.targets.map((target) => startStaticServer(target.buildDir, 0, {}, { compress: true })),
  );
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  const samples: LabelledSample[] = [];
  const types = [...new Set(options.targets.flatMap((target) => target.pages.map((page) => page.type)))];
  try {
    const audit = (index: number, page: PageType, preset: Preset) =>
      runLighthouseCli(`${servers[index]!.url}${page.path}`, chrome.port, preset);
    // The first load after launch pays for Chromium's own start-up; it is not counted.
    await audit(0, options.targets[0]!.pages[0]!, 'mobile');
    for (let run = 0; run < options.runs; run++) {
      const order = options.targets.map((_, index) => index);
      if (run % 2 === 1) order.reverse();
      for (const type of types) {
        for (const preset of options.presets) {
          for (const index of order) {
            const target = options.targets[index]!;
            const page = target.pages.find((candidate) => candidate.type === type);
            if (!page) continue;
            const one = { ...sample(await audit(index, page, preset), page, preset, run), target: target.label };
            log(
              `lighthouse run ${run + 1}: ${target.label} ${preset} ${page.path} perf ${one.scores.performance} TBT ${Math.round(one.tbtMs)} ms LCP ${Math.round(one.lcpMs)} ms` +
                (one.failing.length ? ` failing: ${one.failing.join(', ')}` : ''),
            );
            samples.push(one);
          }
        }
      }
    }
  } finally {
    chrome.kill();
    await Promise.all(servers.map((server) => server.close()));
  }
  return samples;
}

/** One row per page and preset: medians of the scores and metrics, and every audit that failed in any run. */
export function summarise(samples: LighthouseSample[], pages: PageType[], presets: Preset[]): Row[] {
  const rows: Row[] = [];
  for (const preset of presets) {
    for (const page of pages) {
      const mine = samples.filter((s) => s.preset === preset && s.page === page.type);
      if (mine.length === 0) continue;
      const m = (pickValue: (s: LighthouseSample) => number) => median(mine.map(pickValue));
      const failing = new Map<string, number>();
      for (const s of mine) for (const id of s.failing) failing.set(id, (failing.get(id) ?? 0) + 1);
      rows.push({
        preset,
        page: `${page.type} (${page.path})`,
        perf: m((s) => s.scores.performance),
        a11y: m((s) => s.scores.accessibility),
        'best pr.': m((s) => s.scores['best-practices']),
        seo: m((s) => s.scores.seo),
        'LCP ms': Math.round(m((s) => s.lcpMs)),
        'TBT ms': Math.round(m((s) => s.tbtMs)),
        CLS: m((s) => s.cls).toFixed(3),
        'KB transferred': (m((s) => s.transferBytes) / 1024).toFixed(1),
        'CPU index': Math.round(m((s) => s.benchmarkIndex)),
        'failing audits (runs)': [...failing].map(([id, n]) => `${id} (${n}/${mine.length})`).join(', ') || 'none',
      });
    }
  }
  return rows;
}
