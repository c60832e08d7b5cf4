/**
 * Where a build's time goes: its steps (the commands of the build script, each measured on its
 * own) and, inside `docusaurus build`, the phases Docusaurus's perf logger
 * (`DOCUSAURUS_PERF_LOGGER=true`) names as it ends them. Wall time comes from when each phase
 * ended and how long it says it took; CPU time and peak memory from the sampled timeline.
 *
 * Work on named threads (social cards drawn while the site bundles) overlaps the phases: it gets a
 * row of its own and is taken out of the CPU time of the phases it ran beside.
 */
import type { Line, Sample } from './measure';

export interface StepRun {
  /** `check`, `docusaurus build`, `headers`…: the npm script or the command. */
  name: string;
  ms: number;
  /** Exact CPU time of the step's tree (NaN when it was killed). */
  cpuMs: number;
  lines: Line[];
  samples: Sample[];
}

export interface Phase {
  phase: string;
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  /** True for work that ran beside other phases (its wall time is not added to the total). */
  overlapping?: boolean;
}

/** A phase Docusaurus's perf logger reports: its label (without colours) and when it ended. */
export interface PerfEntry {
  label: string;
  endMs: number;
  ms: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** `[PERF] Build > en > Load site - 8.31 seconds! - (Heap …)` and `… - 975.92 ms - …`. */
export function perfEntries(lines: readonly Line[]): PerfEntry[] {
  const entries: PerfEntry[] = [];
  for (const line of lines) {
    const text = line.text.replace(ANSI, '');
    const match = /^\[PERF\](?:\[KO\])? (.+?) - ([\d.]+) (ms|seconds!) - /.exec(text);
    if (!match) continue;
    const ms = Number(match[2]) * (match[3] === 'ms' ? 1 : 1000);
    entries.push({ label: match[1]!, endMs: line.ms, ms });
  }
  return entries;
}

/**
 * The phases of `docusaurus build`, as the marks where each one ends. A phase whose mark is
 * missing (an older Docusaurus, a failed build) is folded into the next one.
 */
const DOCUSAURUS_PHASES: { phase: string; endsWith: RegExp }[] = [
  { phase: 'loading content (config, plugins’ loadContent)', endsWith: /^Build > [^>]+ > Load site$/ },
  { phase: 'bundling (Rspack, client and server)', endsWith: /^Build > [^>]+ > Bundling with / },
  { phase: 'rendering pages (SSG)', endsWith: /^Build > [^>]+ > (Deleting server bundle|SSG)$/ },
  {
    phase: 'plugins’ postBuild (feeds, sitemap, Markdown copies, redirects, cards copied)',
    endsWith: /^Build > [^>]+ > postBuild\(\)$/,
  },
  { phase: 'broken-link check', endsWith: /^Build > [^>]+ > Broken links checker$/ },
];

/** Cumulative CPU time at `ms`, interpolated, never going back (a process briefly unreaped). */
export function cpuAt(samples: readonly Sample[], ms: number, pick: (s: Sample) => number = (s) => s.cpuMs): number {
  let before = { ms: 0, value: 0 };
  for (const sample of samples) {
    const value = Math.max(before.value, pick(sample));
    if (sample.ms >= ms) {
      const span = sample.ms - before.ms;
      return span <= 0 ? value : before.value + ((value - before.value) * (ms - before.ms)) / span;
    }
    before = { ms: sample.ms, value };
  }
  return before.value;
}

/** The highest memory sampled in (from, to]. */
function peakBetween(samples: readonly Sample[], from: number, to: number): number {
  return Math.max(0, ...samples.filter((s) => s.ms > from && s.ms <= to).map((s) => s.rssBytes));
}

/**
 * Named work (e.g. card threads): from the sample before it first had CPU time to the first
 * sample that shows its total.
 */
function namedSpan(samples: readonly Sample[], name: string): { from: number; to: number; cpuMs: number } | undefined {
  const used = (s: Sample) => s.named[name] ?? 0;
  const total = Math.max(0, ...samples.map(used));
  if (total === 0) return undefined;
  const first = samples.findIndex((s) => used(s) > 0);
  const from = first > 0 ? samples[first - 1]!.ms : 0;
  const to = samples.find((s) => used(s) >= total)!.ms;
  return { from, to, cpuMs: total };
}

/**
 * The phases of one build: a row per step, `docusaurus build` split into its phases, and a row
 * per named kind of work (`named` maps a thread or process name to its row's label).
 */
export function buildPhases(steps: readonly StepRun[], named: Record<string, string> = {}): Phase[] {
  const phases: Phase[] = [];
  for (const step of steps) {
    const exactCpu = Number.isFinite(step.cpuMs) ? step.cpuMs : cpuAt(step.samples, step.ms);
    // Named CPU so far, to take out of each phase it overlapped.
    const namedCpuAt = (ms: number) =>
      Object.keys(named).reduce((sum, name) => sum + cpuAt(step.samples, ms, (s) => s.named[name] ?? 0), 0);
    const cpuBetween = (from: number, to: number, last: boolean) => {
      const end = last ? exactCpu : cpuAt(step.samples, to);
      return Math.max(0, end - cpuAt(step.samples, from) - (namedCpuAt(to) - namedCpuAt(from)));
    };
    const marks: { phase: string; endMs: number }[] = [];
    if (step.name === 'docusaurus build') {
      const entries = perfEntries(step.lines);
      let reached = -1;
      DOCUSAURUS_PHASES.forEach(({ phase, endsWith }, index) => {
        // The last match: `SSG` ends before `Deleting server bundle`, which closes the phase.
        const entry = entries.filter((e) => endsWith.test(e.label)).at(-1);
        if (entry && entry.endMs > (marks.at(-1)?.endMs ?? 0)) {
          marks.push({ phase, endMs: entry.endMs });
          reached = index;
        }
      });
      // A killed build was in the phase after the last one it ended, not still in that one.
      const next = DOCUSAURUS_PHASES[reached + 1];
      if (!Number.isFinite(step.cpuMs) && next) marks.push({ phase: `${next.phase}: killed here`, endMs: step.ms });
    }
    // Whatever follows the last mark (the process exiting) belongs to the last phase.
    if (marks.length === 0) marks.push({ phase: step.name, endMs: step.ms });
    else marks.at(-1)!.endMs = step.ms;
    let from = 0;
    marks.forEach(({ phase, endMs }, index) => {
      const last = index === marks.length - 1;
      phases.push({
        phase,
        ms: endMs - from,
        cpuMs: cpuBetween(from, endMs, last),
        peakRssBytes: peakBetween(step.samples, from, endMs),
      });
      from = endMs;
    });
    for (const [name, label] of Object.entries(named)) {
      const span = namedSpan(step.samples, name);
      if (!span) continue;
      phases.push({
        phase: label,
        ms: span.to - span.from,
        cpuMs: span.cpuMs,
        peakRssBytes: peakBetween(step.samples, span.from, span.to),
        overlapping: true,
      });
    }
  }
  return phases;
}
