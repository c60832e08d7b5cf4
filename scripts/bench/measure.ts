/**
 * Runs a command and measures its wall time, the CPU time of its whole process tree, and the tree's
 * peak resident memory. CPU time moves far less than wall time when others share the machine.
 *
 * It also keeps a timeline (each output line and a sample of the tree's CPU time and memory every
 * few hundred milliseconds), from which the build bench works out its phases, and it guards the
 * machine's memory: a tree that passes a cap, or leaves the machine too little, is killed and
 * reported rather than left to the kernel's out-of-memory killer (which may pick someone else).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { descendants } from './stats';

const PAGE_SIZE = 4096;
/** Clock ticks per second in /proc (USER_HZ, 100 on every Linux this runs on). */
const TICK_MS = 10;
const GB = 1024 ** 3;

/** pid → parent pid for every process we can read now. */
function processTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(`/proc/${entry}/stat`);
    if (fields) parents.set(Number(entry), Number(fields[1]));
  }
  return parents;
}

/** The fields of a /proc stat file after the command name (field 3 onwards), or undefined. */
function statFields(path: string): string[] | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    // The command name may hold spaces and parentheses; fields after its closing one are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // The process or thread ended while we looked.
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function rssBytes(pid: number): number {
  const statm = readText(`/proc/${pid}/statm`);
  return statm ? Number(statm.split(' ')[1]) * PAGE_SIZE : 0;
}

/** utime + stime (+ the reaped children's, for a process) in ms, from stat fields. */
function cpuOf(fields: string[], withChildren: boolean): number {
  const ticks = [11, 12, ...(withChildren ? [13, 14] : [])].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  return ticks * TICK_MS;
}

/** Summed RSS of `root` and every descendant (threads share their process's figure). */
export function treeRss(root: number): number {
  return descendants(processTable(), root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/** Memory the kernel says new work can still get without swapping (MemAvailable). */
export function availableBytes(): number {
  const match = /MemAvailable:\s+(\d+) kB/.exec(readText('/proc/meminfo'));
  return match ? Number(match[1]) * 1024 : Number.POSITIVE_INFINITY;
}

export interface Sample {
  /** Since the command started. */
  ms: number;
  /** CPU time of the tree so far (live processes and the children they reaped). */
  cpuMs: number;
  rssBytes: number;
  /** CPU time so far of the named threads or processes (see `named` in the options), by name. */
  named: Record<string, number>;
}

export interface Line {
  ms: number;
  text: string;
}

export interface Killed {
  reason: string;
  atBytes: number;
  afterMs: number;
}

export interface Measured {
  ok: boolean;
  code: number | null;
  ms: number;
  /** User + system CPU time of the command and every descendant it waited for; NaN if unknown. */
  cpuMs: number;
  peakRssBytes: number;
  output: string;
  lines: Line[];
  samples: Sample[];
  /** Set when the memory guard stopped the command. */
  killed?: Killed;
}

export interface MeasureOptions {
  intervalMs?: number;
  env?: Record<string, string>;
  /** Kill the tree when its summed RSS passes this. */
  capBytes?: number;
  /** Kill the tree when the machine has less than this available (others' work included). */
  minAvailableBytes?: number;
  /**
   * Threads or processes whose CPU time is counted apart, by their name (/proc comm): a thread
   * that names itself `sde-og-card`, a `pagefind` process. Their time is also in `cpuMs`.
   */
  named?: RegExp;
}

/**
 * Reads the tree's CPU time, memory and named CPU time. Named threads' time is kept per thread id
 * at the most seen, so a thread that ends keeps counting (its time moves into its process's total,
 * where a per-name sum could no longer find it).
 */
class TreeSampler {
  private readonly seen = new Map<string, { name: string; cpuMs: number }>();

  constructor(
    private readonly root: number,
    private readonly named: RegExp | undefined,
  ) {}

  sample(ms: number): Sample {
    let cpuMs = 0;
    let rss = 0;
    for (const pid of descendants(processTable(), this.root)) {
      const fields = statFields(`/proc/${pid}/stat`);
      if (!fields) continue;
      cpuMs += cpuOf(fields, true);
      rss += rssBytes(pid);
      if (this.named) this.sampleNamed(pid, fields);
    }
    const named: Record<string, number> = {};
    for (const { name, cpuMs: used } of this.seen.values()) named[name] = (named[name] ?? 0) + used;
    return { ms, cpuMs, rssBytes: rss, named };
  }

  private sampleNamed(pid: number, fields: string[]): void {
    const processName = readText(`/proc/${pid}/comm`);
    if (this.named!.test(processName)) {
      this.keep(`p${pid}`, processName, cpuOf(fields, true));
      return;
    }
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      return;
    }
    for (const tid of tids) {
      const name = readText(`/proc/${pid}/task/${tid}/comm`);
      if (!this.named!.test(name)) continue;
      const threadFields = statFields(`/proc/${pid}/task/${tid}/stat`);
      if (threadFields) this.keep(`t${tid}`, name, cpuOf(threadFields, false));
    }
  }

  private keep(key: string, name: string, cpuMs: number): void {
    const before = this.seen.get(key);
    if (!before || cpuMs > before.cpuMs) this.seen.set(key, { name, cpuMs });
  }
}

/** Process groups still running: stopped with the bench if it is interrupted (they run detached). */
const running = new Set<number>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Run `command args` in `cwd`, sampling the tree every `intervalMs`. */
export function measure(command: string, args: string[], cwd: string, options: MeasureOptions = {}): Promise<Measured> {
  const { intervalMs = 200, capBytes = Number.POSITIVE_INFINITY, minAvailableBytes = 0 } = options;
  return new Promise((resolve) => {
    const start = performance.now();
    const now = () => performance.now() - start;
    // bash's `times` prints the CPU time of the children it reaped, which includes theirs (fd 3).
    const script = '"$@"; code=$?; times >&3; exit $code';
    const child = spawn('bash', ['-c', script, 'bash', command, ...args], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      // Its own process group, so the guard can stop the whole tree at once.
      detached: true,
    });
    running.add(child.pid!);
    const sampler = new TreeSampler(child.pid!, options.named);
    let output = '';
    let partial = '';
    const lines: Line[] = [];
    const samples: Sample[] = [];
    let times = '';
    let killed: Killed | undefined;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const parts = (partial + text).split('\n');
      partial = parts.pop()!;
      const ms = now();
      for (const part of parts) lines.push({ ms, text: part });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (times += chunk.toString()));
    const tick = () => {
      if (killed) return;
      const sample = sampler.sample(now());
      samples.push(sample);
      const available = availableBytes();
      const reason =
        sample.rssBytes > capBytes
          ? `passed the cap of ${(capBytes / GB).toFixed(1)} GB`
          : available < minAvailableBytes
            ? `the machine had ${(available / GB).toFixed(1)} GB left`
            : undefined;
      if (reason) {
        killed = { reason, atBytes: sample.rssBytes, afterMs: sample.ms };
        killGroup(child.pid!);
      }
    };
    const timer = setInterval(tick, intervalMs);
    child.on('close', (code) => {
      clearInterval(timer);
      running.delete(child.pid!);
      if (partial) lines.push({ ms: now(), text: partial });
      const cpuMs = childrenCpuMs(times);
      const peakRssBytes = Math.max(0, ...samples.map((s) => s.rssBytes));
      resolve({ ok: code === 0, code, ms: now(), cpuMs, peakRssBytes, output, lines, samples, killed });
    });
  });
}

/** `times` prints the shell's own user/system time, then its children's: "1m2.500s 0m0.250s". */
export function childrenCpuMs(times: string): number {
  const line = times.trim().split('\n')[1];
  const parts = line?.match(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/);
  if (!parts) return Number.NaN;
  const [, um, us, sm, ss] = parts.map(Number) as [number, number, number, number, number];
  return (um * 60 + us + sm * 60 + ss) * 1000;
}
