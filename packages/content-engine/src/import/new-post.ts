/**
 * A new post, ready to write in (`npm run new`), in two steps: `planNewPost` scaffolds it from a
 * title and decisions and proves it with the checks' rules as part of the site (a slug another
 * post uses, for one), writing nothing; `writeNewPost` writes it and, when it goes into the site's
 * blog, records its URL in the permalink lock. Wording and exit codes are the command's
 * (src/cli/new.ts).
 */
import { resolve } from 'node:path';
import { checkSite } from '../check/check';
import type { Finding } from '../check/finding';
import { recordPermalinks } from '../permalinks/lock';
import { blogDir, pathInSite, type Site } from '../site/manifest';
import { postFile } from '../site/routes';
import { readSite } from './core';
import { scaffoldPost, type ScaffoldOptions } from './scaffold';
import type { Problem } from './types';
import { targetPath, writeAll } from './write';

export interface NewPostRequest {
  post: ScaffoldOptions;
  site: Site;
  /** Where the post is written: absolute. */
  outDir: string;
  /** Now (content/schedule.ts): a post dated after it is scheduled, and its URL is locked on its day. */
  now?: Date;
}

export type NewPostPlan =
  | { ok: true; slug: string; text: string; target: string }
  /** Undecidable: no title, an unknown author or tag… */
  | { ok: false; problems: Problem[] }
  /** The checks' errors on the post, as `npm run check` would report them once it exists. */
  | { ok: false; findings: Finding[] };

/** Scaffold the post and prove it against the site. Reads the site; writes nothing. */
export function planNewPost({ post, site, outDir }: NewPostRequest): NewPostPlan {
  const scaffold = scaffoldPost(post, readSite(site));
  if (!scaffold.ok) return { ok: false, problems: scaffold.problems };
  const target = targetPath(outDir, scaffold.slug);
  // The checks' rules prove the post before it exists: a slug another post uses, for one.
  const path = pathInSite(site, target) ?? postFile(site, scaffold.slug);
  const findings = checkSite(site, [{ path, text: scaffold.text }]).findings.filter(
    (finding) => finding.file === path && finding.severity === 'error',
  );
  if (findings.length > 0) return { ok: false, findings };
  return { ok: true, slug: scaffold.slug, text: scaffold.text, target };
}

/**
 * Write the planned post (never over an existing file) and, when it is in the site's blog, record
 * its URL, which is protected from now on (a post dated after now is recorded on its day, by
 * `npm run check:permalinks -- --update`). Returns the URLs newly recorded.
 */
export function writeNewPost(
  { site, outDir, post, now }: NewPostRequest,
  plan: Extract<NewPostPlan, { ok: true }>,
): { recorded: string[] } {
  writeAll(outDir, [{ target: plan.target, text: plan.text }]);
  const recorded =
    resolve(outDir) === resolve(blogDir(site))
      ? recordPermalinks(site, [{ slug: plan.slug, date: post.date }], now)
      : [];
  return { recorded };
}
