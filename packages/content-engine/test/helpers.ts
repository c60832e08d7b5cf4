/**
 * The package's own test fixtures and throwaway copies of them. A package test reads only what is
 * under this folder: never the Support-Driven Engineering site around it, its blog/ or its test/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src';
import { capture, type Captured } from '../src/cli';
import { main as importMain } from '../src/cli/import';
import { main as newMain } from '../src/cli/new';
import { readSite, type ImportOptions, type SiteData } from '../src/import';

/** The package's folder: relative paths in what a command prints are relative to it when it runs there. */
export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(PACKAGE, 'test', 'fixtures');
export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

/**
 * A small site laid out as Docusaurus's defaults (site.yml; blog/ with tags.yml, authors.yml and
 * permalinks.lock; docs/; static/img/): its posts are the three seed stories as imported.
 */
export const FIXTURE_SITE = fixture('site');

/** The fixture site's registries and pages, for the importer. */
export const fixtureSiteData = (): SiteData => readSite(loadSite(FIXTURE_SITE));

export function tempDir(prefix = 'sde-engine-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the fixture site that a test may change. Removed by `dispose`. */
export function copyFixtureSite(): { dir: string; dispose: () => void } {
  const dir = tempDir('sde-engine-site-');
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Put a fixture file into a copy at `target` (relative to the copy's root). */
export function addFile(dir: string, fixturePath: string, target: string): void {
  copyFileSync(fixturePath, join(dir, target));
}

export interface Seed {
  /** The story as it reached the site, under fixtures/seeds. */
  source: string;
  /** The options it was imported with. */
  options: ImportOptions;
  slug: string;
  /** The post the import gives, byte for byte: the fixture site's post. */
  imported: string;
}

const seed = (name: string, options: ImportOptions, slug: string): Seed => ({
  source: fixture('seeds', name),
  options,
  slug,
  imported: join(FIXTURE_SITE, 'blog', `${slug}.md`),
});

/** The three seed stories and the posts the importer made of them (the fixture site's posts). */
export const SEEDS: Seed[] = [
  seed('000_1bd89d3d5e839296.txt', { date: '2026-11-26', featured: true }, 'biggest-achievement'),
  seed(
    '001_64e572b6518711a2.txt',
    { date: '2026-11-26', author: 'unknown', tags: ['customer-service', 'career'], featured: true },
    'however-long-it-takes',
  ),
  seed(
    '002_e9ddd02ca68f611f.txt',
    { tags: ['customer-service'], featured: true },
    'everyone-in-a-company-should-work-for-a-week-in-customer-support',
  ),
];

/** The package's bin, which `npx sde-content` and the npm scripts of a site run. */
export const BIN = join(PACKAGE, 'bin', 'sde-content.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `sde-content <command> …` as a person runs it: the package's bin, a process of its own, in `cwd`. */
export function sdeContent(command: string, args: string[], cwd = PACKAGE): Run {
  const result = spawnSync(process.execPath, [BIN, command, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `sde-content import` in this process, its output collected; relative paths are from `cwd`, the
 * package's folder unless given (not a site: a run that needs one must name it).
 */
export const runImport = (argv: string[], cwd = PACKAGE): Promise<Captured> => capture(importMain, argv, { cwd });

/** `sde-content new` in this process, its output collected, from `cwd` (as runImport), on the day `now`. */
export const runNew = (argv: string[], cwd = PACKAGE, now?: Date): Promise<Captured> =>
  capture(newMain, argv, { cwd, ...(now === undefined ? {} : { now: () => now }) });

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

/** The command-line options of `sde-content import` that give the same import as `options`. */
export function importArgs(options: ImportOptions): string[] {
  const { date, author, tags, featured, ...rest } = options;
  if (Object.keys(rest).length > 0) throw new Error(`no command-line form here for ${Object.keys(rest).join(', ')}`);
  return [
    ...(date === undefined ? [] : ['--date', date]),
    ...(author === undefined ? [] : ['--author', author]),
    ...(tags === undefined ? [] : ['--tags', tags.join(',')]),
    ...(featured ? ['--featured'] : []),
  ];
}
