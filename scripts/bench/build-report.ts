/** The build benchmark's tables, as `npm run bench` prints them. */
import type { BuildBench } from './build';
import { markdownTable } from './stats';

export function printBuildBench(bench: BuildBench, runs: number, print: (text: string) => void): void {
  const per = `${runs} run${runs > 1 ? 's' : ''} per side, median`;
  print(
    `\n### Build (cold, ${per}; warm = ours rebuilt with nothing changed, then with one post edited; ` +
      `CI deploy = a fresh clone with the cold build's caches restored and one post edited)\n`,
  );
  print(markdownTable(bench.rows));
  if (bench.growth.length > 0) {
    print('\n### Output size: growth of `build/` per 1,000 posts\n');
    print(markdownTable(bench.growth));
  }
  for (const { posts, rows } of bench.phases) {
    print(`\n### Where the time goes at ${posts} posts (cold, ${per}; CPU is user + system of the whole tree)\n`);
    print(markdownTable(rows));
  }
  const warm = bench.samples.filter((s) => s.side === 'ours' && s.kind !== 'cold');
  for (const sample of warm) {
    if (sample.cacheLines.length) print(`\nOurs ${sample.kind} at ${sample.posts}: ${sample.cacheLines.join('; ')}`);
  }
}
