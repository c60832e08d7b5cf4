/**
 * Runs once around the whole hostile suite: fingerprints the real blog/ before and after (it must
 * come out byte for byte the same), and gathers every case's outcome into the one summary line.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fingerprint } from '../helpers/fingerprint';
import { ROOT } from '../helpers/paths';
import type { CaseRecord } from './measure';
import { fuzzSeed } from './seed';

declare module 'vitest' {
  export interface ProvidedContext {
    hostileResults: string;
  }
}

export default function setup(project: TestProject) {
  // Settled here, before any worker starts, so HOSTILE_SEED=random gives every worker the same seed.
  const { seed, from } = fuzzSeed();
  console.log(`hostile: fuzz seed ${seed} (${from}); repeat a run with HOSTILE_SEED=${seed}`);
  const dir = mkdtempSync(join(tmpdir(), 'sde-hostile-results-'));
  const results = join(dir, 'cases.jsonl');
  project.provide('hostileResults', results);
  const blog = join(ROOT, 'blog');
  const before = JSON.stringify(fingerprint(blog));

  return () => {
    const records: CaseRecord[] = existsSync(results)
      ? readFileSync(results, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as CaseRecord)
      : [];
    rmSync(dir, { recursive: true, force: true });
    console.log(summarise(records));
    if (JSON.stringify(fingerprint(blog)) !== before) {
      process.exitCode = 1;
      throw new Error('blog/ changed during the hostile suite: the real posts must stay byte for byte the same');
    }
  };
}

export function summarise(records: CaseRecord[]): string {
  if (records.length === 0) return 'hostile: no cases ran';
  const cases = records.filter((r) => !r.batch);
  const inputs = new Map<string, boolean>();
  for (const r of cases) inputs.set(r.input, (inputs.get(r.input) ?? false) || r.refused);
  const refused = [...inputs.values()].filter(Boolean).length;
  const fuzz = [...inputs.keys()].filter((input) => input.startsWith('fuzz#')).length;
  const slowest = cases.length > 0 ? cases.reduce((a, b) => (b.ms > a.ms ? b : a)) : undefined;
  const batches = records.filter((r) => r.batch);
  const slowestBatch = batches.length > 0 ? batches.reduce((a, b) => (b.ms > a.ms ? b : a)) : undefined;
  return (
    `hostile: ${inputs.size} cases ran (${inputs.size - fuzz} corpus, ${fuzz} fuzz with seed ${fuzzSeed().seed}), ` +
    `${refused} refused with a finding; ` +
    (slowest ? `slowest case ${slowest.input} (${slowest.consumer}) ${slowest.ms.toFixed(0)} ms; ` : '') +
    `${cases.length} in-process runs and ${batches.length} real-command runs` +
    (slowestBatch ? ` (slowest: ${slowestBatch.input}, ${(slowestBatch.ms / 1000).toFixed(1)} s)` : '')
  );
}
