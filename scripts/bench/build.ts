/**
 * Build benchmark: cold production builds of N synthetic posts, our site against the stock
 * configuration, interleaved in the same run; then a warm rebuild of ours at the largest size.
 */
import { measure, type Measured } from './measure';
import { ourSite, stockSite, type TempSite } from './sites';
import { median, ratio, type Row } from './stats';

export interface BuildOptions {
  siteDir: string;
  sizes: number[];
  runs: number;
  /** Keep the temp sites (for debugging) instead of removing them. */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface BuildSample {
  side: 'ours' | 'stock' | 'ours-warm';
  posts: number;
  run: number;
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  cacheLines: string[];
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Lines in which our plugins report what they took from their caches (e.g. social images). */
function cacheLines(output: string): string[] {
  return output.split('\n').filter((line) => /\bcache\b/i.test(line) && /^\[[a-z-]+\]/i.test(line.trim()));
}

async function build(site: TempSite, label: string, log: (line: string) => void): Promise<Measured> {
  const result = await measure('npm', ['run', 'build'], site.dir);
  if (!result.ok) {
    throw new Error(`${label} build failed (exit ${result.code}) in ${site.dir}:\n${result.output.slice(-4000)}`);
  }
  log(`  ${label}: ${seconds(result.ms)} s, CPU ${seconds(result.cpuMs)} s, peak ${mb(result.peakRssBytes)} MB`);
  return result;
}

export async function runBuildBench(options: BuildOptions): Promise<{ rows: Row[]; samples: BuildSample[] }> {
  const log = options.log ?? (() => {});
  const samples: BuildSample[] = [];
  const rows: Row[] = [];
  const largest = Math.max(...options.sizes);

  for (const posts of options.sizes) {
    for (let run = 0; run < options.runs; run++) {
      log(`build: ${posts} posts, run ${run + 1}/${options.runs}`);
      // Alternate which side goes first, so a slow moment on the shared machine does not always hit the same one.
      const order: ('ours' | 'stock')[] = run % 2 === 0 ? ['ours', 'stock'] : ['stock', 'ours'];
      for (const side of order) {
        const site = side === 'ours' ? ourSite(options.siteDir, posts) : stockSite(options.siteDir, posts);
        try {
          const cold = await build(site, `${side} cold`, log);
          samples.push({
            side,
            posts,
            run,
            ms: cold.ms,
            cpuMs: cold.cpuMs,
            peakRssBytes: cold.peakRssBytes,
            cacheLines: cacheLines(cold.output),
          });
          if (side === 'ours' && posts === largest && run === 0) {
            // Same site, nothing changed: per-post artefacts and the bundler cache should all be reused.
            const warm = await build(site, 'ours warm', log);
            samples.push({
              side: 'ours-warm',
              posts,
              run,
              ms: warm.ms,
              cpuMs: warm.cpuMs,
              peakRssBytes: warm.peakRssBytes,
              cacheLines: cacheLines(warm.output),
            });
          }
        } finally {
          if (options.keep) log(`  kept ${site.dir}`);
          else site.dispose();
        }
      }
    }
    const pick = (side: BuildSample['side']) => samples.filter((s) => s.side === side && s.posts === posts);
    const ours = pick('ours');
    const stock = pick('stock');
    const oursMs = median(ours.map((s) => s.ms));
    const stockMs = median(stock.map((s) => s.ms));
    const oursCpuMs = median(ours.map((s) => s.cpuMs));
    const stockCpuMs = median(stock.map((s) => s.cpuMs));
    const warm = pick('ours-warm')[0];
    rows.push({
      posts,
      'ours cold s': seconds(oursMs),
      'stock cold s': seconds(stockMs),
      'ours/stock time': ratio(oursMs, stockMs),
      'ours CPU s': seconds(oursCpuMs),
      'stock CPU s': seconds(stockCpuMs),
      'ours/stock CPU': ratio(oursCpuMs, stockCpuMs),
      'ours peak MB': mb(median(ours.map((s) => s.peakRssBytes))),
      'stock peak MB': mb(median(stock.map((s) => s.peakRssBytes))),
      'ours ms/post': Math.round(oursMs / posts),
      'stock ms/post': Math.round(stockMs / posts),
      'ours warm s': warm ? seconds(warm.ms) : '–',
    });
  }
  return { rows, samples };
}
