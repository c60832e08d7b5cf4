/**
 * Runs a command and measures its wall time, the CPU time of its whole process tree, and the tree's
 * peak resident memory. CPU time moves far less than wall time when others share the machine.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { descendants } from './stats';

const PAGE_SIZE = 4096;

/** pid → parent pid for every process we can read now. */
function processTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields after its closing one are plain.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Summed RSS of `root` and every descendant (threads share their process's figure). */
export function treeRss(root: number): number {
  return descendants(processTable(), root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

export interface Measured {
  ok: boolean;
  code: number | null;
  ms: number;
  /** User + system CPU time of the command and every descendant it waited for; NaN if unknown. */
  cpuMs: number;
  peakRssBytes: number;
  output: string;
}

/** Run `command args` in `cwd`, sampling the tree's memory every `intervalMs`. */
export function measure(command: string, args: string[], cwd: string, intervalMs = 200): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    // bash's `times` prints the CPU time of the children it reaped, which includes theirs (fd 3).
    const script = '"$@"; code=$?; times >&3; exit $code';
    const child = spawn('bash', ['-c', script, 'bash', command, ...args], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let times = '';
    let peak = 0;
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (times += chunk.toString()));
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, intervalMs);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuMs = childrenCpuMs(times);
      resolve({ ok: code === 0, code, ms: performance.now() - start, cpuMs, peakRssBytes: peak, output });
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
