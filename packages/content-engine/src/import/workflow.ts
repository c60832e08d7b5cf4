/**
 * The import of a batch of sources into a site, in two steps:
 *
 * - `planImport` reads every source, recognises those an earlier import already wrote (by the hash
 *   of their bytes), decides and proves the others together (so posts may link to each other),
 *   and finds posts that would land on an existing file or on each other. It writes nothing.
 * - `carryOutImport` writes the plan's posts, all or none, and records their URLs (and the old URLs
 *   they redirect from) in the site's permalink lock.
 *
 * The result is data, one report per source; wording and exit codes are the command's
 * (src/cli/import.ts). The reads are `readSource`, `importedSources`, `readSite`, `existsSync` on
 * the targets and `readPostFrontMatter`; the writes are `writeAll`, `removeStaleTemporaries` and
 * `recordPermalinks`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePost, validatePostFrontMatter } from '../content/post';
import type { PostFrontMatter } from '../content/schema';
import { START } from '../content/position';
import { error, type Finding } from '../check/finding';
import { recordPermalinks } from '../permalinks/lock';
import { blogDir, pathInSite, type Site } from '../site/manifest';
import { postFile } from '../site/routes';
import { prepareImport, readSite, sha256 } from './core';
import { proveImports } from './prove';
import { readSource } from './sources';
import { Refusal, type Candidate, type ImportedPost, type ImportOptions, type ImportResult } from './types';
import { importedSources, removeStaleTemporaries, targetPath, writeAll } from './write';

export interface ImportRequest {
  /** The source files, in order (see listSources). */
  files: string[];
  options: ImportOptions;
  /** The site whose registries, pages and lock apply. */
  site: Site;
  /** Where posts are written: absolute. */
  outDir: string;
  /** Decide and prove everything, and plan no writes. */
  dryRun: boolean;
}

/** Why a proven post cannot be written where it would go. */
export type Collision =
  /** A file of that name exists and came from another source. */
  | 'exists'
  /** Another source of the batch is imported under the same name. */
  | 'another-input';

/** What happens to one source. */
export interface SourceReport {
  input: string;
  /** The post an earlier import made from the same bytes. */
  earlier?: string;
  /** Imported before: left out, with nothing to report (a real run, or a dry run that fails). */
  skipped: boolean;
  /** What stops the import of this source, located in the source: refusals and the proof's findings. */
  problems: Finding[];
  /** The proven post; absent when refused or with problems. */
  post?: ImportedPost;
  /** Where the post goes. */
  target?: string;
  collision?: Collision;
}

export interface PlannedPost {
  target: string;
  text: string;
  post: ImportedPost;
}

export interface ImportPlan {
  request: ImportRequest;
  reports: SourceReport[];
  /** The posts to write: empty for a dry run, and when anything fails. */
  writes: PlannedPost[];
  /** Posts that pass and would be written (a dry run's count). */
  passed: number;
  /** Problems and collisions over the batch: with any, nothing is written. */
  failures: number;
}

export interface ImportDone {
  /** Temporary files of an interrupted import, removed first. */
  removed: string[];
  written: string[];
  /** URLs newly recorded in the lock; none when posts go elsewhere than the site's blog. */
  recorded: string[];
}

const zip = <A, B>(a: A[], b: B[]): [A, B][] => a.map((item, i) => [item, b[i]!]);

/** Read, deduplicate, decide and prove a batch of sources, and plan where each post goes. */
export function planImport(request: ImportRequest): ImportPlan {
  const { files, options, site: layout, outDir, dryRun } = request;
  const site = readSite(layout);
  const imported = importedSources(outDir);
  // Where each post lands in the site, for links relative to it; the blog when written elsewhere.
  const placeOf = (candidate: Candidate) =>
    pathInSite(layout, targetPath(outDir, candidate.post.slug)) ?? postFile(layout, candidate.post.slug);

  // Read and decide every input first; then prove them together, so posts may link to each other.
  const read = files.map((input) => {
    const entry: { input: string; earlier?: string; candidate?: Candidate; refusals: Finding[] } = {
      input,
      refusals: [],
    };
    try {
      const bytes = readSource(input);
      // A source already imported is recognised by its hash before anything else is decided.
      entry.earlier = imported.get(sha256(bytes));
      if (entry.earlier === undefined || dryRun) entry.candidate = prepareImport(input, bytes, options, site);
    } catch (caught) {
      if (!(caught instanceof Refusal)) throw caught;
      entry.refusals.push(error(input, caught.at ?? START, caught.rule, `refused: ${caught.message}`));
    }
    return entry;
  });
  const candidates = read.flatMap((entry) => (entry.candidate ? [entry.candidate] : []));
  const results = new Map<Candidate, ImportResult>(zip(candidates, proveImports(candidates, site, options, placeOf)));

  const planned: PlannedPost[] = [];
  const reports = read.map(({ input, earlier, candidate, refusals }): SourceReport => {
    const result = candidate && results.get(candidate);
    const report: SourceReport = { input, earlier, skipped: false, problems: [] };
    if (earlier !== undefined && (!dryRun || (result && !result.ok))) return { ...report, skipped: true };
    report.problems.push(...refusals);
    if (!result) return report;
    if (!result.ok) {
      report.problems.push(...result.problems);
      return report;
    }
    report.post = result.post;
    report.target = targetPath(outDir, result.post.slug);
    // A dry run shows a post imported before, which a real run leaves alone.
    if (earlier !== undefined) return report;
    if (existsSync(report.target)) report.collision = 'exists';
    else if (planned.some((other) => other.target === report.target)) report.collision = 'another-input';
    else planned.push({ target: report.target, text: result.post.text, post: result.post });
    return report;
  });
  const failures = reports.reduce((sum, report) => sum + report.problems.length + (report.collision ? 1 : 0), 0);
  return {
    request,
    reports,
    writes: failures > 0 || dryRun ? [] : planned,
    passed: planned.length,
    failures,
  };
}

/**
 * Write a plan's posts, all or none, after removing what an interrupted import left; then, when
 * they went into the site's blog, record their URLs, and those of posts an earlier run wrote (in
 * case it was stopped before it could record them). A plan with failures, or a dry run's, writes
 * nothing.
 */
export function carryOutImport(plan: ImportPlan): ImportDone {
  const { request, reports, writes } = plan;
  const done: ImportDone = { removed: [], written: [], recorded: [] };
  if (plan.failures > 0 || request.dryRun) return done;
  const { outDir, site } = request;
  done.removed = removeStaleTemporaries(outDir);
  writeAll(outDir, writes);
  done.written = writes.map((post) => post.target);
  if (resolve(outDir) === resolve(blogDir(site))) {
    const earlier = reports.flatMap((report) => (report.earlier ? readPostFrontMatter(report.earlier) : []));
    done.recorded = recordPermalinks(site, [...writes.map(({ post }) => post.frontMatter), ...earlier]);
  }
  return done;
}

/** The frontmatter of a post already in the blog, when it is valid. */
export function readPostFrontMatter(path: string): PostFrontMatter[] {
  try {
    const result = validatePostFrontMatter(parsePost(path, readFileSync(path, 'utf8')));
    return result.ok ? [result.value] : [];
  } catch {
    return [];
  }
}
