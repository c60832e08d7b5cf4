/**
 * Runs Pagefind's Node API on a thread of its own: the package is an ES module only, which the
 * CommonJS loader Docusaurus uses for plugins cannot resolve. Receives {outDir, bundleDir} as
 * workerData; answers {htmlFiles, peakRssBytes, cpuMs} or {error}.
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

/** Linux's clock ticks per second for /proc CPU times (the kernel's USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/**
 * The peak memory and CPU time so far of the Pagefind process this one started (Linux; zeros
 * elsewhere). Read before closing it: its memory peaks while it holds every page.
 */
function indexerUsage() {
  const usage = { peakRssBytes: 0, cpuMs: 0 };
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return usage;
  }
  for (const entry of entries) {
    let status;
    let stat;
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8');
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    if (!/^Name:\s+pagefind/m.test(status) || Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
    // Fields after the command name's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    usage.cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    usage.peakRssBytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    return usage;
  }
  return usage;
}

try {
  const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }));
  // Only HTML: the Markdown copies next to pages and the feeds never reach the index.
  const { page_count: htmlFiles } = check(await index.addDirectory({ path: outDir, glob: '**/*.html' }));
  check(await index.writeFiles({ outputPath: join(outDir, bundleDir) }));
  parentPort.postMessage({ htmlFiles, ...indexerUsage() });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
