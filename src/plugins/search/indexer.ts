/**
 * Builds the search index from the built HTML with Pagefind: it reads exactly what readers see,
 * and only what pages mark with `data-pagefind-body` (a story's or a doc's content). The index is
 * split into small files (word ranges, one fragment per page), so a query fetches only its part.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Where the index and its browser code go, under the build directory; the client loads it from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pagefind's ready-made interfaces and highlighter, which the site's own box and page replace. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

const WORKER = fileURLToPath(new URL('./index-worker.mjs', import.meta.url));

/**
 * Word positions per index file. Pagefind's default (20,000) puts two words that most stories use
 * into one ~23 KB file at 1,000 stories, and a small site's whole index into one: a query then
 * fetches words it never asked for. A knob Pagefind names unstable: test/unit/search-index.test.ts
 * fails if it stops splitting the index.
 */
export const INDEX_CHUNK_POSITIONS = 3000;

export interface IndexStats {
  pages: number;
  files: number;
  ms: number;
  /** Peak resident memory of Pagefind's indexing process (Linux only; 0 where unknown). */
  peakRssBytes: number;
  /** Its CPU time, which moves far less than `ms` when others share the machine (Linux only). */
  cpuMs: number;
}

interface Indexed {
  /** HTML files Pagefind read, marked or not. */
  htmlFiles: number;
  peakRssBytes: number;
  cpuMs: number;
}

function runWorker(outDir: string): Promise<Indexed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { outDir, bundleDir: SEARCH_BUNDLE_DIR },
      // Pagefind's process inherits it.
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_POSITIONS) },
    });
    worker.once('message', (reply: Indexed | { error: string }) =>
      'error' in reply ? reject(new Error(`search index: ${reply.error}`)) : resolve(reply),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index: the indexing thread stopped (${code})`)));
  });
}

/** Index the HTML of `outDir` into `outDir/pagefind`, keeping only what the site's search loads. */
export async function writeSearchIndex(outDir: string): Promise<IndexStats> {
  const start = performance.now();
  const { htmlFiles, peakRssBytes, cpuMs } = await runWorker(outDir);
  const bundle = join(outDir, SEARCH_BUNDLE_DIR);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string; page_count: number }>;
  };
  const languages = Object.values(entry.languages);
  const wasm = new Set(languages.map((language) => `wasm.${language.wasm}.pagefind`));
  for (const name of readdirSync(bundle)) {
    if (UNUSED.test(name) || (/^wasm\..+\.pagefind$/.test(name) && !wasm.has(name))) rmSync(join(bundle, name));
  }
  const pages = languages.reduce((sum, language) => sum + language.page_count, 0);
  // Pagefind indexes whole pages when none marks its content; a site always has pages that
  // are no story or doc (the 404 page at least), so every page indexed means nothing was marked.
  if (pages === 0 || pages === htmlFiles) {
    throw new Error(
      `search index: ${pages} of ${htmlFiles} pages indexed; stories and docs must mark their content with data-pagefind-body`,
    );
  }
  const files = readdirSync(bundle, { recursive: true }).length;
  return { pages, files, ms: performance.now() - start, peakRssBytes, cpuMs };
}
