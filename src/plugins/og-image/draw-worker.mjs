/**
 * One drawing thread: receives {id, job: {tree, file}}, writes the PNG under a temporary name and renames
 * it into place (so an interrupted build never leaves half a card), answers {id} or {id, error}.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { renameSync, writeFileSync } from 'node:fs';
import { drawCard } from './draw.mjs';

const { fonts, width, height } = workerData;

// Named so the build bench can count the cards' CPU time apart from the bundling it runs beside.
try {
  writeFileSync('/proc/thread-self/comm', 'sde-og-card');
} catch {
  // Not Linux: the name only serves the bench.
}

parentPort?.on('message', async ({ id, job: { tree, file } }) => {
  try {
    const png = await drawCard(tree, fonts, width, height);
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    parentPort?.postMessage({ id });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
