/** Runs a command and measures its wall time and the peak resident memory of its whole process tree. */
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
  peakRssBytes: number;
  output: string;
}

/** Run `command args` in `cwd`, sampling the tree's memory every `intervalMs`. */
export function measure(command: string, args: string[], cwd: string, intervalMs = 200): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, intervalMs);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, code, ms: performance.now() - start, peakRssBytes: peak, output });
    });
  });
}
