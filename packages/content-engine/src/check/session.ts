/**
 * The checks run again and again on one site: the dev server runs them on every save. A save
 * changes one file, so a session keeps what it read and found, and redoes only what the change
 * can affect:
 *
 * - a file is read again only when its size, time or inode changed;
 * - a file's findings are a function of the file, the site index (routes, anchors, files) and the
 *   tags and authors, so they are reused while the file is unchanged and the index and data files
 *   are the same as last time (an edit that adds a heading or a post checks every file again);
 * - the site-wide rules (unique permalinks, unused tags, series parts) run every time: they are lookups;
 * - a new minute checks every file again, as a scheduled post may have come due.
 *
 * The result is the same as `checkSite`'s on the same files (a test compares them).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listContentFiles, type ContentFile } from '../content/load';
import { siteNow } from '../content/schedule';
import { postFrontMatterSchema, type PostSchema } from '../content/schema';
import type { Site } from '../site/manifest';
import { checkFile, siteFindings, type CheckResult } from './check';
import { readRegistries, type CheckContext } from './context';
import { compareFindings, type Finding } from './finding';
import { buildSiteIndex, type SiteIndex } from './site';
import { readSource, type SourceFile, type SourceKind } from './source';

export interface SessionRun extends CheckResult {
  /** Files read again this run (all of them the first time). */
  reread: number;
  /** Files whose rules ran again this run. */
  rechecked: number;
}

/** What a file was when last read: '' when it could not be looked at (read it again). */
function stampOf(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return '';
  }
}

/** Everything a file's findings depend on besides the file itself, as one string. */
function fingerprintOf(index: SiteIndex, data: unknown[]): string {
  const anchors = [...index.anchors].map(([key, set]) => `${key}#${[...set].sort().join(',')}`).sort();
  return JSON.stringify([[...index.routes].sort(), [...index.files].sort(), anchors, index.posts, data]);
}

export class CheckSession {
  private readonly sources = new Map<string, { stamp: string; source: SourceFile }>();
  private readonly findings = new Map<string, Finding[]>();
  private fingerprint = '';

  constructor(
    private readonly site: Site,
    private readonly schema: PostSchema = postFrontMatterSchema,
  ) {}

  run(now: Date = siteNow()): SessionRun {
    const { site, schema } = this;
    const { tags, authors, series } = readRegistries(site);
    const files: [ContentFile, SourceKind][] = [
      ...listContentFiles(site.dir, site.blog.path).map((file): [ContentFile, SourceKind] => [file, 'post']),
      ...listContentFiles(site.dir, site.docs.path).map((file): [ContentFile, SourceKind] => [file, 'doc']),
    ];
    const sources: SourceFile[] = [];
    const changed = new Set<string>();
    for (const [file, kind] of files) {
      const stamp = stampOf(join(site.dir, file.path));
      const key = `${kind}:${file.path}`;
      const kept = this.sources.get(key);
      if (kept && stamp !== '' && kept.stamp === stamp) {
        sources.push(kept.source);
        continue;
      }
      const source = readSource(site.dir, file, kind, schema);
      this.sources.set(key, { stamp, source });
      changed.add(source.path);
      sources.push(source);
    }
    const present = new Set(files.map(([file, kind]) => `${kind}:${file.path}`));
    for (const key of this.sources.keys()) if (!present.has(key)) this.sources.delete(key);

    const index = buildSiteIndex(site, sources, tags.value, authors.value, series.value, now);
    const context: CheckContext = { site, schema, tags, authors, series, sources, index, now };
    const fingerprint = fingerprintOf(index, [
      tags.value,
      tags.findings,
      authors.value,
      authors.findings,
      series.value,
      series.findings,
      now.toISOString().slice(0, 16),
    ]);
    if (fingerprint !== this.fingerprint) {
      this.findings.clear();
      this.fingerprint = fingerprint;
    }

    const findings = siteFindings(context);
    let rechecked = 0;
    const checked = new Map<string, Finding[]>();
    for (const source of sources) {
      let own = changed.has(source.path) ? undefined : this.findings.get(source.path);
      if (!own) {
        own = checkFile(source, context);
        rechecked++;
      }
      checked.set(source.path, own);
      findings.push(...own);
    }
    this.findings.clear();
    for (const [path, own] of checked) this.findings.set(path, own);
    return { findings: findings.sort(compareFindings), files: sources.length, reread: changed.size, rechecked };
  }
}
