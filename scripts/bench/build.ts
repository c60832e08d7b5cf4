/**
 * Build benchmark: cold production builds of N synthetic posts, our site against the stock
 * configuration, interleaved in the same run; warm rebuilds of ours (nothing changed, then one
 * post edited); where each build's time goes, phase by phase; and the size of `build/`.
 *
 * Each command of the build script is measured on its own, with Docusaurus's perf logger on. A
 * side whose memory passes the cap (or leaves the machine too little) is killed and reported.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Killed } from './measure';
import { buildPhases, type Phase, type StepRun } from './phases';
import {
  buildSteps,
  cloneWithCaches,
  editOnePost,
  folderBytes,
  ourSite,
  saveDeployCaches,
  stockSite,
  type TempSite,
} from './sites';
import { median, ratio, type Row } from './stats';
import { restoreMtimes } from '../ci/mtimes';

const GB = 1024 ** 3;

export interface BuildOptions {
  siteDir: string;
  sizes: number[];
  runs: number;
  /**
   * Sizes at which ours is also rebuilt warm (nothing changed, then one post edited), and deployed
   * as CI would (a fresh clone with the cold build's caches restored, one post edited).
   */
  warmAt?: number[];
  /** A side's process tree is killed past this much memory. */
  capBytes?: number;
  /** …or when the machine has less than this left. */
  minAvailableBytes?: number;
  /** Keep the temp sites (for debugging) instead of removing them. */
  keep?: boolean;
  log?: (line: string) => void;
}

type Side = 'ours' | 'stock';
/**
 * cold: a new copy, no caches; warm: the same copy rebuilt; edit: then one post edited;
 * ci: a deploy as the workflow runs it: a fresh clone, the cold build's caches restored, the same
 * post edited.
 */
type Kind = 'cold' | 'warm' | 'edit' | 'ci';

export interface BuildSample {
  side: Side;
  kind: Kind;
  posts: number;
  run: number;
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  outputBytes: number;
  phases: Phase[];
  killed?: Killed;
  /** The failing step's output tail, when a build failed for another reason. */
  failed?: string;
  cacheLines: string[];
  /** ci: bytes of the caches restored. */
  cacheBytes?: number;
}

/** Thread and process names whose CPU time gets a row of its own. */
const NAMED_WORK: Record<string, string> = {
  'sde-og-card': 'cards (worker threads, beside bundling)',
  'sde-picture': 'pictures (worker threads, beside bundling)',
  // Pagefind's binary (pagefind_extended, cut to the 15 characters a process name keeps).
  pagefind_extend: 'search index (Pagefind process, in postBuild)',
  pagefind: 'search index (Pagefind process, in postBuild)',
};
const NAMED = new RegExp(`^(${Object.keys(NAMED_WORK).join('|')})$`);

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Lines in which our plugins report what they took from their caches (e.g. social images). */
function cacheLines(output: string): string[] {
  return output.split('\n').filter((line) => /\bcache\b/i.test(line) && /^\[[a-z-]+\]/i.test(line.trim()));
}

export interface Guard {
  capBytes: number;
  minAvailableBytes: number;
}

/** Runs the site's build script step by step; stops at the first step that fails or is killed. */
export async function measureBuild(
  site: TempSite,
  side: Side,
  kind: Kind,
  guard: Guard,
): Promise<Omit<BuildSample, 'posts' | 'run' | 'side' | 'kind'>> {
  const steps: StepRun[] = [];
  const env = {
    DOCUSAURUS_PERF_LOGGER: 'true',
    PATH: `${join(site.dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
  };
  let output = '';
  let peakRssBytes = 0;
  let killed: Killed | undefined;
  let failed: string | undefined;
  let elapsed = 0;
  for (const step of buildSteps(site.dir)) {
    const result = await measure('bash', ['-c', step.command], site.dir, { env, named: NAMED, ...guard });
    output += result.output;
    peakRssBytes = Math.max(peakRssBytes, result.peakRssBytes);
    steps.push({ name: step.name, ms: result.ms, cpuMs: result.cpuMs, lines: result.lines, samples: result.samples });
    if (result.killed) killed = { ...result.killed, afterMs: elapsed + result.killed.afterMs };
    elapsed += result.ms;
    if (!result.ok) {
      if (!killed)
        failed = `${side} ${kind} build: ${step.command} failed (exit ${result.code}) in ${site.dir}:\n${result.output.slice(-4000)}`;
      break;
    }
  }
  const phases = buildPhases(steps, NAMED_WORK);
  const done = !killed && !failed;
  return {
    ms: elapsed,
    cpuMs: steps.reduce((sum, step) => sum + (Number.isFinite(step.cpuMs) ? step.cpuMs : 0), 0),
    peakRssBytes,
    outputBytes: done ? folderBytes(join(site.dir, 'build')) : Number.NaN,
    phases,
    killed,
    failed,
    cacheLines: cacheLines(output),
  };
}

export function describeKilled(killed: Killed): string {
  return `killed at ${(killed.atBytes / GB).toFixed(1)} GB after ${Math.round(killed.afterMs / 1000)} s (${killed.reason})`;
}

function describe(sample: BuildSample): string {
  const head = `  ${sample.side} ${sample.kind}: ${seconds(sample.ms)} s, CPU ${seconds(sample.cpuMs)} s, peak ${mb(sample.peakRssBytes)} MB`;
  if (sample.killed) return `${head}, ${describeKilled(sample.killed)}`;
  if (sample.failed) return `${head}, FAILED`;
  return `${head}, build/ ${mb(sample.outputBytes)} MB`;
}

export interface BuildBench {
  /** One row per size: cold times, CPU, memory, output size, warm rebuilds. */
  rows: Row[];
  /** Growth of `build/` per 1,000 posts between consecutive sizes. */
  growth: Row[];
  /** Per size: where the time goes, ours beside stock. */
  phases: { posts: number; rows: Row[] }[];
  samples: BuildSample[];
}

export async function runBuildBench(options: BuildOptions): Promise<BuildBench> {
  const log = options.log ?? (() => {});
  const guard: Guard = {
    capBytes: options.capBytes ?? 20 * GB,
    minAvailableBytes: options.minAvailableBytes ?? 1 * GB,
  };
  const warmAt = new Set(options.warmAt ?? [Math.max(...options.sizes)]);
  const samples: BuildSample[] = [];

  /**
   * The CI simulation: the cold build's commit cloned afresh into the folder it was built in (the
   * built copy moved aside), its caches restored, one post edited, built.
   */
  const recordDeploy = async (repo: TempSite, store: TempSite & { bytes: number }, posts: number, run: number) => {
    const previous = `${repo.dir}-previous`;
    renameSync(repo.dir, previous);
    try {
      const { restoreMs } = cloneWithCaches(options.siteDir, previous, store.dir, repo.dir);
      log(
        `  CI: cloned, ${mb(store.bytes)} MB of caches restored in ${seconds(restoreMs)} s; edited ${editOnePost(repo.dir)}`,
      );
      const built = await measureBuild(repo, 'ours', 'ci', guard);
      const restore: Phase = { phase: 'restore the caches (copy)', ms: restoreMs, cpuMs: Number.NaN, peakRssBytes: 0 };
      const sample: BuildSample = {
        side: 'ours',
        kind: 'ci',
        posts,
        run,
        ...built,
        ms: built.ms + restoreMs,
        phases: [restore, ...built.phases],
        cacheBytes: store.bytes,
      };
      samples.push(sample);
      log(describe(sample));
      if (sample.failed) throw new Error(sample.failed);
    } finally {
      rmSync(previous, { recursive: true, force: true });
    }
  };

  for (const posts of options.sizes) {
    for (let run = 0; run < options.runs; run++) {
      log(`build: ${posts} posts, run ${run + 1}/${options.runs}`);
      // Alternate which side goes first, so a slow moment on the shared machine does not always hit the same one.
      const order: Side[] = run % 2 === 0 ? ['ours', 'stock'] : ['stock', 'ours'];
      for (const side of order) {
        const site = side === 'ours' ? ourSite(options.siteDir, posts) : stockSite(options.siteDir, posts);
        // As every CI run does after its checkout, so the caches this build leaves fit the CI deploy's clone.
        if (side === 'ours') restoreMtimes(site.dir);
        const record = async (kind: Kind) => {
          const sample: BuildSample = { side, kind, posts, run, ...(await measureBuild(site, side, kind, guard)) };
          samples.push(sample);
          log(describe(sample));
          if (sample.failed) throw new Error(sample.failed);
          return sample;
        };
        try {
          const cold = await record('cold');
          if (side === 'ours' && warmAt.has(posts) && run === 0 && !cold.killed) {
            // What a deploy's cache step would save after this cold build.
            const store = saveDeployCaches(site.dir);
            try {
              // Same site, nothing changed: per-post artefacts and the bundler cache should all be reused.
              await record('warm');
              log(`  edited ${editOnePost(site.dir)}`);
              await record('edit');
              await recordDeploy(site, store, posts, run);
            } finally {
              store.dispose();
            }
          }
        } finally {
          if (options.keep) log(`  kept ${site.dir}`);
          else site.dispose();
        }
      }
    }
  }
  return {
    rows: options.sizes.map((posts) => summaryRow(samples, posts)),
    growth: growthRows(samples, options.sizes),
    phases: options.sizes.map((posts) => ({ posts, rows: phaseRows(samples, posts) })),
    samples,
  };
}

const pick = (samples: readonly BuildSample[], side: Side, kind: Kind, posts: number) =>
  samples.filter((s) => s.side === side && s.kind === kind && s.posts === posts);

/** Median of the completed runs, or how the side failed when none completed. */
function sideFigures(runs: readonly BuildSample[]) {
  const done = runs.filter((s) => !s.killed && !s.failed);
  const killed = runs.find((s) => s.killed)?.killed;
  return {
    done: done.length > 0,
    note: killed ? describeKilled(killed) : '',
    ms: median(done.map((s) => s.ms)),
    cpuMs: median(done.map((s) => s.cpuMs)),
    peak: done.length > 0 ? median(done.map((s) => s.peakRssBytes)) : Math.max(0, ...runs.map((s) => s.peakRssBytes)),
    outputBytes: median(done.map((s) => s.outputBytes)),
  };
}

function summaryRow(samples: readonly BuildSample[], posts: number): Row {
  const ours = sideFigures(pick(samples, 'ours', 'cold', posts));
  const stock = sideFigures(pick(samples, 'stock', 'cold', posts));
  const cell = (side: ReturnType<typeof sideFigures>, value: string) => (side.done ? value : side.note || 'failed');
  const rebuild = (kind: Kind) => {
    const sample = pick(samples, 'ours', kind, posts)[0];
    return sample && !sample.killed ? `${seconds(sample.ms)} (${Math.round((100 * sample.ms) / ours.ms)}%)` : '–';
  };
  return {
    posts,
    'ours cold s': cell(ours, seconds(ours.ms)),
    'stock cold s': cell(stock, seconds(stock.ms)),
    'ours/stock time': ratio(ours.ms, stock.ms),
    'ours CPU s': cell(ours, seconds(ours.cpuMs)),
    'stock CPU s': cell(stock, seconds(stock.cpuMs)),
    'ours/stock CPU': ratio(ours.cpuMs, stock.cpuMs),
    'ours peak MB': mb(ours.peak),
    'stock peak MB': mb(stock.peak),
    'ours/stock peak': ratio(ours.peak, stock.peak),
    'ours build/ MB': cell(ours, String(mb(ours.outputBytes))),
    'stock build/ MB': cell(stock, String(mb(stock.outputBytes))),
    'ours warm s (% of cold)': rebuild('warm'),
    'ours one post edited s (% of cold)': rebuild('edit'),
    'ours CI deploy, one post edited s (% of cold)': rebuild('ci'),
  };
}

/** Growth of build/ per 1,000 posts between consecutive sizes (the fixed part cancels out). */
function growthRows(samples: readonly BuildSample[], sizes: readonly number[]): Row[] {
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  const size = (side: Side, posts: number) => sideFigures(pick(samples, side, 'cold', posts)).outputBytes;
  return sorted.slice(1).map((posts, i) => {
    const from = sorted[i]!;
    const per1000 = (side: Side) => ((size(side, posts) - size(side, from)) / (posts - from)) * 1000;
    const ours = per1000('ours');
    const stock = per1000('stock');
    const show = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1024 / 1024).toFixed(1) : '–');
    return {
      posts: `${from} → ${posts}`,
      'ours MB per 1,000': show(ours),
      'stock MB per 1,000': show(stock),
      'ours − stock MB per 1,000': show(ours - stock),
    };
  });
}

/** Median of each phase over the runs that completed; phases in the order the builds ran them. */
function medianPhases(runs: readonly BuildSample[]): Map<string, { ms: number; cpuMs: number; peak: number }> {
  const names = [...new Set(runs.flatMap((s) => s.phases.map((p) => p.phase)))];
  const result = new Map<string, { ms: number; cpuMs: number; peak: number }>();
  for (const name of names) {
    const found = runs.flatMap((s) => s.phases.filter((p) => p.phase === name));
    result.set(name, {
      ms: median(found.map((p) => p.ms)),
      cpuMs: median(found.map((p) => p.cpuMs)),
      peak: median(found.map((p) => p.peakRssBytes)),
    });
  }
  return result;
}

function phaseRows(samples: readonly BuildSample[], posts: number): Row[] {
  const ours = medianPhases(pick(samples, 'ours', 'cold', posts));
  const stock = medianPhases(pick(samples, 'stock', 'cold', posts));
  const warm = medianPhases(pick(samples, 'ours', 'warm', posts));
  const edit = medianPhases(pick(samples, 'ours', 'edit', posts));
  const ci = medianPhases(pick(samples, 'ours', 'ci', posts));
  const names = [...new Set([...ours.keys(), ...stock.keys(), ...ci.keys()])];
  const s = (figures: { ms: number } | undefined) => (figures ? seconds(figures.ms) : '–');
  const cpu = (figures: { cpuMs: number } | undefined) =>
    figures && Number.isFinite(figures.cpuMs) ? seconds(figures.cpuMs) : '–';
  const peak = (figures: { peak: number } | undefined) => (figures ? String(mb(figures.peak)) : '–');
  const rows: Row[] = names.map((name) => ({
    phase: name,
    'ours s': s(ours.get(name)),
    'ours CPU s': cpu(ours.get(name)),
    'ours peak MB': peak(ours.get(name)),
    'stock s': s(stock.get(name)),
    'stock CPU s': cpu(stock.get(name)),
    'stock peak MB': peak(stock.get(name)),
    ...(warm.size > 0
      ? {
          'ours warm s / CPU s': `${s(warm.get(name))} / ${cpu(warm.get(name))}`,
          'ours edited s / CPU s': `${s(edit.get(name))} / ${cpu(edit.get(name))}`,
          'ours CI deploy s / CPU s': `${s(ci.get(name))} / ${cpu(ci.get(name))}`,
        }
      : {}),
  }));
  return rows;
}
