/**
 * Draws cards on worker threads. A cold build of a large blog draws hundreds of cards; on the
 * main thread they queued behind each other and behind the bundler's Markdown loaders.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OG_HEIGHT, OG_WIDTH } from '../../lib/og';
import type { FontData } from './render';

export interface DrawJob {
  /** satori element tree, plain data (it is copied to the thread). */
  tree: unknown;
  /** Where the PNG goes; written under a temporary name, then renamed. */
  file: string;
}

interface Reply {
  id: number;
  error?: string;
}

const WORKER = fileURLToPath(new URL('./draw-worker.mjs', import.meta.url));

/** Resolves when every card is on disk; rejects on the first failure, naming the file. */
export function drawInWorkers(jobs: DrawJob[], fonts: FontData[], threads = availableParallelism()): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const count = Math.max(1, Math.min(threads, jobs.length));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(error));
    };
    const feed = (worker: Worker) => {
      if (failed || next >= jobs.length) return;
      const id = next++;
      const job = jobs[id]!;
      worker.postMessage({ id, tree: job.tree, file: job.file });
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER, { workerData: { fonts, width: OG_WIDTH, height: OG_HEIGHT } });
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if (reply.error !== undefined) {
          fail(new Error(`[og-image] could not draw ${jobs[reply.id]?.file}: ${reply.error}`));
          return;
        }
        done += 1;
        if (done === jobs.length) void stop().then(() => resolve());
        else feed(worker);
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (!failed && done < jobs.length) fail(new Error(`[og-image] a drawing thread exited early (code ${code})`));
      });
      feed(worker);
    }
  });
}
