/**
 * Draws cards on worker threads (through the site's pool, src/lib/worker-pool.ts). A cold build of
 * a large blog draws hundreds of cards; on the main thread they queued behind each other and
 * behind the bundler's Markdown loaders.
 */
import { availableParallelism } from 'node:os';
import { OG_HEIGHT, OG_WIDTH } from '../../lib/og';
import { runInWorkers } from '../../lib/worker-pool';
import type { FontData } from './render';

export interface DrawJob {
  /** satori element tree, plain data (it is copied to the thread). */
  tree: unknown;
  /** Where the PNG goes; written under a temporary name, then renamed. */
  file: string;
}

const WORKER = new URL('./draw-worker.mjs', import.meta.url);

/** Resolves when every card is on disk; rejects on the first failure, naming the file. */
export function drawInWorkers(jobs: DrawJob[], fonts: FontData[], threads = availableParallelism()): Promise<void> {
  return runInWorkers(WORKER, jobs, {
    workerData: { fonts, width: OG_WIDTH, height: OG_HEIGHT },
    threads,
    describe: (job) => `[og-image] could not draw ${job.file}`,
  });
}
