/**
 * The checks' benchmark (`npm run bench:check`, scripts/cli/bench-check.ts): the content checks on
 * a synthetic corpus against a bare read + YAML frontmatter parse of the same files, in the same
 * process and run.
 */
import { loadSite, type Site } from '@sde/content-engine';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { checkSite } from '@sde/content-engine/check';
import { makeCorpus } from './corpus';
import type { Row } from './stats';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The floor: read every post and parse its frontmatter, nothing else. */
function bareReadAndParse(site: Site): number {
  let fields = 0;
  const blog = join(site.dir, site.blog.path);
  for (const name of readdirSync(blog)) {
    if (!name.endsWith('.md')) continue;
    // Options object: gray-matter caches results only when called without one.
    fields += Object.keys(matter(readFileSync(join(blog, name), 'utf8'), {}).data).length;
  }
  return fields;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** One row per corpus size, each the median of `runs` runs; the corpora are removed afterwards. */
export function runCheckBench({ siteDir, sizes, runs }: { siteDir: string; sizes: number[]; runs: number }): Row[] {
  const rows: Row[] = [];
  for (const posts of sizes) {
    const corpus = makeCorpus(siteDir, { posts, brokenShare: 0.02 });
    const site = loadSite(corpus.dir);
    try {
      const bare: number[] = [];
      const check: number[] = [];
      let findings = 0;
      // Alternate the two so machine noise hits both alike.
      for (let run = 0; run < runs; run++) {
        bare.push(time(() => bareReadAndParse(site)));
        check.push(time(() => (findings = checkSite(site).findings.length)));
      }
      const checkMs = median(check);
      const bareMs = median(bare);
      rows.push({
        posts,
        'broken posts': corpus.broken,
        findings,
        'check ms (median)': Math.round(checkMs),
        'read+parse ms (median)': Math.round(bareMs),
        ratio: (checkMs / bareMs).toFixed(2),
        'posts/s': Math.round((posts / checkMs) * 1000),
        'ms per 1,000 posts': Math.round((checkMs / posts) * 1000),
        'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
      });
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  }
  return rows;
}
