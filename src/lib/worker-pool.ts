/**
 * Runs jobs on worker threads, a few at a time, and resolves when all are done; rejects on the
 * first failure (naming the job) and stops the threads. A worker answers each `{id, job}` message
 * with `{id}` or `{id, error}`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

interface Reply {
  id: number;
  error?: string;
}

export interface PoolOptions<J> {
  /** Sent to every thread as its workerData. */
  workerData?: unknown;
  threads?: number;
  /** What a failed job is called in the error. */
  describe: (job: J) => string;
}

export function runInWorkers<J>(worker: URL, jobs: readonly J[], options: PoolOptions<J>): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const count = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((thread) => thread.terminate()));
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(error));
    };
    const feed = (thread: Worker) => {
      if (failed || next >= jobs.length) return;
      const id = next++;
      thread.postMessage({ id, job: jobs[id] });
    };
    for (let i = 0; i < count; i++) {
      const thread = new Worker(worker, { workerData: options.workerData });
      workers.push(thread);
      thread.on('message', (reply: Reply) => {
        if (reply.error !== undefined) {
          fail(new Error(`${options.describe(jobs[reply.id]!)}: ${reply.error}`));
          return;
        }
        done += 1;
        if (done === jobs.length) void stop().then(() => resolve());
        else feed(thread);
      });
      thread.on('error', (error) => fail(error));
      thread.on('exit', (code) => {
        if (!failed && done < jobs.length) fail(new Error(`a worker thread exited early (code ${code})`));
      });
      feed(thread);
    }
  });
}
