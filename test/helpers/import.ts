/** Helpers for the importer's tests: running the real commands and fingerprinting folders. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { SiteData } from '../../packages/content-engine/src/import/types';
import { readSite } from '../../packages/content-engine/src/import/core';
import { ROOT } from './paths';
import { capture, type Captured } from '@sde/content-engine/cli';
import { main as importMain } from '../../packages/content-engine/src/cli/import';
import { main as newMain } from '../../packages/content-engine/src/cli/new';
import { loadSite, MANIFEST_FILE } from '@sde/content-engine';

/** The content engine's bin, as npm links it for `npm run import` and `npm run new`. */
export const SDE_CONTENT = join(ROOT, 'node_modules', '.bin', 'sde-content');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command of the engine's bin the way a person would (`npx sde-content import …`), from `cwd`. */
export function runSdeContent(command: string, args: string[], cwd = ROOT): Run {
  const result = spawnSync(SDE_CONTENT, [command, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run import` in this process, its output collected; relative paths are from `cwd`. */
export const runImport = (argv: string[], cwd?: string): Promise<Captured> =>
  capture(importMain, argv, cwd === undefined ? {} : { cwd });

/** `npm run new` in this process, its output collected, on the day `now`. */
export const runNew = (argv: string[], cwd?: string, now?: Date): Promise<Captured> =>
  capture(newMain, argv, { ...(cwd === undefined ? {} : { cwd }), ...(now === undefined ? {} : { now: () => now }) });

/** Every file under `dir` with the sha256 of its bytes, so a test can prove nothing changed. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else out[relative(dir, child)] = createHash('sha256').update(readFileSync(child)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export function tempDir(prefix = 'sde-import-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A throwaway site: a copy of everything the checks and the importer read (site.yml, posts,
 * tags.yml, authors.yml, docs, static files and pages), in a temporary folder.
 */
export function tempSite(): string {
  const site = tempDir('sde-site-');
  const layout = loadSite(ROOT);
  cpSync(join(ROOT, MANIFEST_FILE), join(site, MANIFEST_FILE));
  for (const dir of [layout.blog.path, layout.docs.path, layout.static, layout.pages].filter((dir) =>
    existsSync(join(ROOT, dir)),
  )) {
    mkdirSync(join(site, dir), { recursive: true });
    cpSync(join(ROOT, dir), join(site, dir), { recursive: true });
  }
  return site;
}

/** The real site: its registries, and its pages for links to resolve against. */
export const site: SiteData = readSite(loadSite(ROOT));
