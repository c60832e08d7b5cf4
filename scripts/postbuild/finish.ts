/**
 * The steps that need the whole built site, run once `docusaurus build` has written every page
 * (redirect pages included):
 *
 *   1. read every page once: its inline scripts' hashes and its words; and every script's words;
 *   2. trim each stylesheet of assets/css to those words and rename it by its new content;
 *   3. write every page once: the stylesheet's new name, and the policy as its first <meta>;
 *   4. write `_headers` with the same policy and the other security headers.
 *
 * Pages are held in memory between 1 and 3 up to a budget; past it, they are read again.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  metaPolicy,
  securityHeaders,
  withMetaPolicy,
  writeHeadersFile,
} from '../security/headers';
import { filesUnder, inParallel } from './files';
import { addWords, contentHashedName, trimStylesheet } from './trim-css';

/** Files read or written at once: enough to keep the disk busy while the CPU works on others. */
const IN_FLIGHT = 16;
const DEFAULT_MEMORY_BUDGET = 256 * 1024 * 1024;

export interface FinishOptions {
  /** Keep each untrimmed stylesheet here, with `manifest.json` naming its trimmed file. */
  keepUntrimmedIn?: string;
  /** Characters of pages held between the read and the write pass. */
  memoryBudget?: number;
}

export interface StylesheetReport {
  from: string;
  to: string;
  bytesBefore: number;
  bytesAfter: number;
  droppedSelectors: number;
}

export interface FinishReport {
  pages: number;
  scripts: number;
  scriptHashes: number;
  stylesheets: StylesheetReport[];
  headers: Record<string, string>;
  /** Wall time of each step, in ms. */
  ms: { read: number; css: number; write: number };
}

/** Apply the steps above to the build in `outDir`. */
export async function finishBuild(outDir: string, options: FinishOptions = {}): Promise<FinishReport> {
  const started = performance.now();
  const pages = filesUnder(outDir, '.html');
  const scripts = filesUnder(outDir, '.js');
  const words = new Set<string>();
  const hashes = new Set<string>();
  const held = new Map<string, string>();
  let budget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;

  await inParallel(pages, IN_FLIGHT, async (file) => {
    const html = await readFile(file, 'utf8');
    for (const hash of inlineScriptHashes(html)) hashes.add(hash);
    addWords(html, words);
    if (html.length <= budget) {
      held.set(file, html);
      budget -= html.length;
    }
  });
  await inParallel(scripts, IN_FLIGHT, async (file) => addWords(await readFile(file, 'utf8'), words));
  const read = performance.now();

  const stylesheets = await trimStylesheets(outDir, words, options.keepUntrimmedIn);
  const renames = stylesheets.filter((sheet) => sheet.from !== sheet.to);
  const cssDone = performance.now();

  const policy = contentSecurityPolicy(hashes);
  const meta = metaPolicy(policy);
  await inParallel(pages, IN_FLIGHT, async (file) => {
    const html = held.get(file) ?? (await readFile(file, 'utf8'));
    let page = withMetaPolicy(html, meta);
    for (const { from, to } of renames) page = page.replaceAll(from, to);
    if (page !== html) await writeFile(file, page);
  });
  const headers = securityHeaders(policy);
  writeHeadersFile(outDir, headers);

  return {
    pages: pages.length,
    scripts: scripts.length,
    scriptHashes: hashes.size,
    stylesheets,
    headers,
    ms: { read: read - started, css: cssDone - read, write: performance.now() - cssDone },
  };
}

/** Trim every stylesheet of assets/css; `from` and `to` are paths relative to `outDir`. */
async function trimStylesheets(
  outDir: string,
  words: ReadonlySet<string>,
  keepUntrimmedIn: string | undefined,
): Promise<StylesheetReport[]> {
  const reports: StylesheetReport[] = [];
  for (const file of filesUnder(join(outDir, 'assets', 'css'), '.css')) {
    const css = readFileSync(file, 'utf8');
    const trimmed = await trimStylesheet(css, words);
    const target = join(file, '..', contentHashedName(basename(file), trimmed.css));
    if (target !== file) {
      await writeFile(`${target}.tmp`, trimmed.css);
      await rename(`${target}.tmp`, target);
      if (keepUntrimmedIn) await keepUntrimmed(keepUntrimmedIn, outDir, file, urlPath(outDir, target));
      await rm(file);
    }
    reports.push({
      from: urlPath(outDir, file),
      to: urlPath(outDir, target),
      bytesBefore: Buffer.byteLength(css),
      bytesAfter: Buffer.byteLength(trimmed.css),
      droppedSelectors: trimmed.dropped,
    });
  }
  return reports;
}

const urlPath = (outDir: string, file: string) => relative(outDir, file).split('\\').join('/');

export const UNTRIMMED_MANIFEST = 'manifest.json';

/** Trimmed stylesheet (path in the build) -> its untrimmed copy's file name in `dir`. */
export function readUntrimmedManifest(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, UNTRIMMED_MANIFEST), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * Copy an untrimmed stylesheet aside and record which trimmed file it became; copies whose trimmed
 * file this build no longer has are removed.
 */
async function keepUntrimmed(dir: string, outDir: string, file: string, trimmedPath: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const manifest = readUntrimmedManifest(dir);
  for (const [trimmed, untrimmed] of Object.entries(manifest)) {
    if (existsSync(join(outDir, trimmed))) continue;
    delete manifest[trimmed];
    rmSync(join(dir, untrimmed), { force: true });
  }
  await copyFile(file, join(dir, basename(file)));
  manifest[trimmedPath] = basename(file);
  writeFileSync(join(dir, UNTRIMMED_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}
