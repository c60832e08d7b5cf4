/**
 * Publishes the site's pictures (src/lib/pictures.ts lists them, the content engine plans them):
 * encodes every width and format of each local image in worker threads with sharp, and copies
 * SVG and GIF as they are. Files are cached under .cache/images by a name made of the image's
 * content hash and the encoding settings, so a rebuild encodes only what changed. The encoding
 * runs while the site is bundled; postBuild waits for it and copies what the pages use.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite, type Site } from '@sde/content-engine';
import { ENCODINGS, PICTURE_DIR, type EncodedFormat, type PicturePlan } from '@sde/content-engine/markdown';
import { sitePicturePlans } from '../../lib/pictures';
import { runInWorkers } from '../../lib/worker-pool';

/** The cache; its files sit at img/p/ inside it, so the dev server can serve it as a static folder. */
export const CACHE_DIR = '.cache/images';

export interface EncodeJob {
  source: string;
  width: number;
  outputs: { file: string; format: EncodedFormat; options: Record<string, number | boolean> }[];
}

export interface PictureStats {
  pictures: number;
  files: number;
  encoded: number;
  cached: number;
  ms?: number;
}

const WORKER = new URL('./encode-worker.mjs', import.meta.url);

export const cachedDir = (siteDir: string): string => join(siteDir, CACHE_DIR, PICTURE_DIR);

/** The file names each plan needs, and the jobs that make those not in `dir` yet. */
export function encodeJobs(plans: readonly PicturePlan[], dir: string): { names: Set<string>; jobs: EncodeJob[] } {
  const names = new Set<string>();
  const jobs = new Map<string, EncodeJob>();
  for (const plan of plans) {
    if (plan.passThrough) {
      names.add(plan.passThrough);
      continue;
    }
    for (const variant of plan.variants) {
      if (names.has(variant.name)) continue;
      names.add(variant.name);
      const file = join(dir, variant.name);
      if (existsSync(file)) continue;
      // One job per source and width: decoded once, encoded in each format.
      const key = `${plan.source.hash}\0${variant.width}`;
      let job = jobs.get(key);
      if (!job) jobs.set(key, (job = { source: plan.source.file, width: variant.width, outputs: [] }));
      job.outputs.push({ file, format: variant.format, options: ENCODINGS[variant.format] });
    }
  }
  return { names, jobs: [...jobs.values()] };
}

/** Encodes what is missing from the cache and copies SVG and GIF into it; returns every name the site uses. */
export async function preparePictures(site: Site, stats: PictureStats): Promise<Set<string>> {
  const start = performance.now();
  const dir = cachedDir(site.dir);
  mkdirSync(dir, { recursive: true });
  const plans = sitePicturePlans(site);
  const { names, jobs } = encodeJobs(plans, dir);
  for (const plan of plans) {
    if (plan.passThrough && !existsSync(join(dir, plan.passThrough))) {
      copyFileSync(plan.source.file, join(dir, plan.passThrough));
    }
  }
  stats.pictures = new Set(plans.map((plan) => plan.source.hash)).size;
  stats.files = names.size;
  stats.encoded = jobs.reduce((sum, job) => sum + job.outputs.length, 0);
  stats.cached = names.size - stats.encoded;
  await runInWorkers(WORKER, jobs, { describe: (job) => `[images] could not encode ${job.source} at ${job.width} px` });
  stats.ms = performance.now() - start;
  return names;
}

/** Removes cached files no page uses any more; returns how many went. */
export function pruneCache(siteDir: string, keep: ReadonlySet<string>): number {
  const dir = cachedDir(siteDir);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    // Temporary files belong to a running encoder.
    if (keep.has(name) || name.endsWith('.tmp')) continue;
    rmSync(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

type Settled = { names: Set<string>; stats: PictureStats } | { error: unknown };

interface Content {
  pending: Promise<Settled>;
}

export default function imagesPlugin(context: LoadContext): Plugin<Content> {
  const { siteDir } = context;
  return {
    name: 'images',
    loadContent: async () => {
      const stats: PictureStats = { pictures: 0, files: 0, encoded: 0, cached: 0 };
      // Settled into a value, so a failure surfaces in postBuild rather than as an unhandled rejection.
      const pending = preparePictures(loadSite(siteDir), stats).then(
        (names) => ({ names, stats }),
        (error: unknown) => ({ error }),
      );
      return { pending };
    },
    postBuild: async ({ outDir, content }) => {
      const settled = await content.pending;
      if ('error' in settled) throw settled.error;
      const { names, stats } = settled;
      const pruned = pruneCache(siteDir, names);
      console.log(
        `[images] ${stats.pictures} pictures, ${stats.files} files: ${stats.encoded} encoded, ${stats.cached} from cache` +
          (stats.ms === undefined ? '' : ` in ${(stats.ms / 1000).toFixed(1)} s`) +
          (pruned > 0 ? `, ${pruned} unused removed from the cache` : ''),
      );
      const from = cachedDir(siteDir);
      const to = join(outDir, PICTURE_DIR);
      mkdirSync(to, { recursive: true });
      for (const name of names) copyFileSync(join(from, name), join(to, name));
    },
  };
}
