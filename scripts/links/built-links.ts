/**
 * Link checking of the built site: linkinator crawls it over HTTP; this module decides what its
 * results mean. Internal links and fragments must all work. External links are checked only on
 * request, and one that cannot be reached (offline, DNS, timeout) is "unreachable", never "broken".
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

export interface LinkProblem {
  url: string;
  status: number;
  /** The page the link was found on. */
  page: string;
}

export interface LinkReport {
  broken: LinkProblem[];
  unreachable: LinkProblem[];
  checked: number;
}

export interface CachedStatus {
  status: number;
  checkedAt: number;
}

export type LinkCache = Record<string, CachedStatus>;

/** External results stay valid this long in the on-disk cache. */
export const CACHE_TTL_MS = 7 * 24 * 3600 * 1000;

const isUnreachable = (status: number | undefined) => status === undefined || status === 0;

/** Sort linkinator's results into broken and unreachable links. */
export function classify(links: LinkResult[], origin: string): LinkReport {
  const report: LinkReport = { broken: [], unreachable: [], checked: 0 };
  for (const link of links) {
    if (link.state === LinkState.SKIPPED) continue;
    report.checked++;
    if (link.state !== LinkState.BROKEN) continue;
    const problem = { url: link.url, status: link.status ?? 0, page: link.parent ?? '(start)' };
    const internal = link.url.startsWith(origin);
    if (!internal && isUnreachable(link.status)) report.unreachable.push(problem);
    else report.broken.push(problem);
  }
  return report;
}

export interface CheckBuiltOptions {
  origin: string;
  external: boolean;
  timeoutMs: number;
  concurrency: number;
  cache: LinkCache;
  now?: number;
}

/** Crawl the site at `origin`. Fresh cached external results are reused, not fetched again. */
export async function checkBuiltLinks(options: CheckBuiltOptions): Promise<LinkReport> {
  const now = options.now ?? Date.now();
  const fromCache: LinkResult[] = [];
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${options.origin}/`,
    recurse: true,
    checkFragments: true,
    // The site has trailingSlash: false, so /blog is a page, not a folder, for resolving links.
    cleanUrls: true,
    timeout: options.timeoutMs,
    concurrency: options.concurrency,
    retry: true,
    retryErrors: options.external,
    retryErrorsCount: 2,
    linksToSkip: async (link: string) => {
      if (link.startsWith(options.origin)) return false;
      if (!options.external || !/^https?:/.test(link)) return true;
      const cached = options.cache[link];
      if (cached && now - cached.checkedAt < CACHE_TTL_MS) {
        const state = cached.status >= 200 && cached.status < 400 ? LinkState.OK : LinkState.BROKEN;
        fromCache.push({ url: link, status: cached.status, state });
        return true;
      }
      return false;
    },
  });
  for (const link of result.links) {
    if (!link.url.startsWith(options.origin) && link.state !== LinkState.SKIPPED && !isUnreachable(link.status)) {
      options.cache[link.url] = { status: link.status!, checkedAt: now };
    }
  }
  return classify([...result.links, ...fromCache], options.origin);
}

export function readCache(file: string): LinkCache {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LinkCache;
  } catch {
    return {};
  }
}

export function writeCache(file: string, cache: LinkCache): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(cache, null, 2));
  renameSync(`${file}.tmp`, file);
}
