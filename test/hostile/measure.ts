/** Shared by the hostile tests: bounds, timing and memory, and the record of each case. */
import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

/** No single case may take longer than this (generous: the machine is shared and slow). */
export const CASE_TIME_LIMIT_MS = 3_000;
/** Heap a single case may allocate: an expanded alias bomb or runaway parser would need far more. */
export const CASE_HEAP_LIMIT_MB = 96;
/** A stack trace line, as Node prints it. */
export const STACK_TRACE = /\n\s+at [^\n]*[:(]/;

export interface CaseRecord {
  input: string;
  consumer: string;
  /** An error finding, a refusal, or problems: the input was stopped with a reason. */
  refused: boolean;
  ms: number;
  /** A run over many inputs at once (a CLI or build sample): counted as a run, not as a case. */
  batch?: boolean;
}

export function record(input: string, consumer: string, refused: boolean, ms: number, batch = false): void {
  const entry: CaseRecord = { input, consumer, refused, ms, ...(batch ? { batch } : {}) };
  appendFileSync(inject('hostileResults'), `${JSON.stringify(entry)}\n`);
}

const gc = (globalThis as { gc?: () => void }).gc;

export interface Measured<T> {
  value: T;
  ms: number;
  /** Heap allocated during the call and not yet collected, in MB: an upper bound on what it kept. */
  heapMB: number;
}

/** Run `fn` and measure its time and the heap it grew by (after a full collection when possible). */
export function measure<T>(fn: () => T): Measured<T> {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { value, ms, heapMB };
}
