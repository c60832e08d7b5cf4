/**
 * Runs Pagefind's Node API on a thread of its own: the package is an ES module only, which the
 * CommonJS loader Docusaurus uses for plugins cannot resolve. Receives {outDir, bundleDir} as
 * workerData; answers {peakRssBytes} or {error}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const { outDir, bundleDir } = workerData;

/** @param {{ errors: string[] }} response */
function check(response) {
  if (response.errors.length > 0) throw new Error(response.errors.join('; '));
  return response;
}

/** The high-water mark of the Pagefind process this one started (Linux; 0 elsewhere). */
function indexerPeakRss() {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let status;
      try {
        status = readFileSync(`/proc/${entry}/status`, 'utf8');
      } catch {
        continue;
      }
      if (!/^Name:\s+pagefind/m.test(status) || Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    }
  } catch {
    // No /proc here.
  }
  return 0;
}

try {
  const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }));
  // Only HTML: the Markdown copies next to pages and the feeds never reach the index.
  check(await index.addDirectory({ path: outDir, glob: '**/*.html' }));
  check(await index.writeFiles({ outputPath: join(outDir, bundleDir) }));
  parentPort.postMessage({ peakRssBytes: indexerPeakRss() });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
