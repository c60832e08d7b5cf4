/**
 * Seeded fuzzing: random byte mutations of the seed stories (test/fixtures/seeds/) and of the
 * posts they became, fed to the checks and the importer in-process, and a sample of them to the
 * real commands. The seed is printed; HOSTILE_SEED=<n> repeats a run exactly, HOSTILE_SEED=random
 * explores. A failing case is saved to a file named in the failure, to debug it on its own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite, formatText } from '@sde/content-engine/check';
import { importSource, readSite, Refusal, type ImportOptions } from '@sde/content-engine/import';
import { ROOT, fixture } from '../helpers/paths';
import { SEEDS } from '../helpers/seeds';
import { CASE_TIME_LIMIT_MS, STACK_TRACE, record } from './measure';
import { fuzzSeed, random } from './seed';
import { runSdeContent } from './site';
import { loadSite } from '@sde/content-engine';

const CASES = Number(process.env.HOSTILE_FUZZ_CASES ?? 2000);
const CHUNK = 250;
const { seed } = fuzzSeed();

/**
 * The inputs mutated: each seed with the options its golden import uses, and the post each became
 * (test/fixtures/seeds/imported), never the stories blog/ holds this week.
 */
const BASES: { name: string; bytes: Buffer; options: ImportOptions }[] = [
  { name: 'seed-000', bytes: readFileSync(fixture('seeds/000_1bd89d3d5e839296.txt')), options: { date: '2026-11-26' } },
  {
    name: 'seed-001',
    bytes: readFileSync(fixture('seeds/001_64e572b6518711a2.txt')),
    options: { date: '2026-11-26', author: 'unknown', tags: ['customer-service', 'career'] },
  },
  {
    name: 'seed-002',
    bytes: readFileSync(fixture('seeds/002_e9ddd02ca68f611f.txt')),
    options: { tags: ['customer-service'] },
  },
  ...SEEDS.map(({ slug, imported }) => ({ name: `imported/${slug}.md`, bytes: readFileSync(imported), options: {} })),
];

/** Fragments that mean something to a parser on the way: delimiters, YAML, HTML, encodings. */
const TOKENS = [
  '---', '\n---\n', '---js\n', '+++\n', '&a ', '*a', '!!js/function ', '!!binary ', '<<: *a\n', '[', '{', ']', '}',
  ': ', '- ', '"', "'", '#', '|', '>', '\t', '\n', '\r', '\r\n', '\0', '\u2028', '\uFEFF', '\uFFFD', 'â€™', 'ðŸ¤ž',
  '<!-- truncate -->', '<script>', '<img src=x onerror=alert(1)>', '](javascript:alert(1))', '<iframe src=//x>',
  '```', '`', '\\', '&#x09;', '<!--', '-->', '[x]: /nowhere', '](#missing)', 'title: ', 'slug: ../x\n', 'tags: x\n',
]; // prettier-ignore
const RAW = [Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xfe, 0xff])];

/** One mutated input: 1 to 4 edits of a base, each chosen and placed by the generator. */
function mutate(next: () => number, base: Buffer): { bytes: Buffer; edits: string[] } {
  let bytes = Buffer.from(base);
  const edits: string[] = [];
  const at = (extra = 0) => Math.floor(next() * (bytes.length + extra));
  const edits_n = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits_n; e++) {
    const kind = Math.floor(next() * 6);
    const i = at(1);
    if (kind === 0 && bytes.length > 0) {
      const j = at();
      const value = Math.floor(next() * 256);
      bytes[j] = value;
      edits.push(`set byte ${j} to 0x${value.toString(16)}`);
    } else if (kind === 1) {
      const inserted = Buffer.from(Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 256)));
      bytes = Buffer.concat([bytes.subarray(0, i), inserted, bytes.subarray(i)]);
      edits.push(`insert ${inserted.toString('hex')} at ${i}`);
    } else if (kind === 2) {
      const length = 1 + Math.floor(next() * 32);
      bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + length)]);
      edits.push(`delete ${length} bytes at ${i}`);
    } else if (kind === 3) {
      const from = at();
      const slice = bytes.subarray(from, from + 1 + Math.floor(next() * 64));
      bytes = Buffer.concat([bytes.subarray(0, i), slice, bytes.subarray(i)]);
      edits.push(`copy ${slice.length} bytes from ${from} to ${i}`);
    } else if (kind === 4) {
      const token =
        next() < 0.8 ? Buffer.from(TOKENS[Math.floor(next() * TOKENS.length)]!) : RAW[Math.floor(next() * RAW.length)]!;
      bytes = Buffer.concat([bytes.subarray(0, i), token, bytes.subarray(i)]);
      edits.push(`insert ${JSON.stringify(token.toString('latin1'))} at ${i}`);
    } else {
      bytes = bytes.subarray(0, i);
      edits.push(`truncate at ${i}`);
    }
  }
  return { bytes, edits };
}

/** Every case of the run, made up front so a chunk can be repeated in isolation. */
const next = random(seed);
const cases = Array.from({ length: CASES }, (_, index) => {
  const base = BASES[Math.floor(next() * BASES.length)]!;
  return { index, base, ...mutate(next, base.bytes) };
});

/** An empty site but for the real tags.yml and authors.yml, which posts are checked against. */
function siteWithData(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'blog'));
  for (const file of ['site.yml', 'blog/tags.yml', 'blog/authors.yml'])
    writeFileSync(join(dir, file), readFileSync(join(ROOT, file)));
  return dir;
}

const site = siteWithData('sde-hostile-fuzz-');
/** The importer proves its posts against the same site the checks then read. */
const siteData = readSite(loadSite(site));
const saved = mkdtempSync(join(tmpdir(), 'sde-hostile-fuzz-failures-'));
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  if (readdirSync(saved).length === 0) rmSync(saved, { recursive: true });
});

/** What went wrong with one case, or undefined. Only Refusal may be thrown; all else is a bug. */
function fuzzOne(c: (typeof cases)[number]): string | undefined {
  const input = `fuzz#${c.index}`;
  const post = join(site, 'blog', 'fuzz.md');
  writeFileSync(post, c.bytes);
  let start = performance.now();
  let findings;
  try {
    findings = checkSite(loadSite(site)).findings;
  } catch (error) {
    return `check threw ${(error as Error).stack}`;
  } finally {
    rmSync(post);
  }
  let ms = performance.now() - start;
  const errors = findings.filter((f) => f.severity === 'error');
  record(input, 'check', errors.length > 0, ms);
  if (ms > CASE_TIME_LIMIT_MS) return `check took ${ms.toFixed(0)} ms`;
  for (const f of findings) {
    if (!(f.line >= 1 && f.column >= 1)) return `finding without a position: ${JSON.stringify(f)}`;
    if (STACK_TRACE.test(f.message)) return `finding with a stack trace: ${f.message}`;
  }

  start = performance.now();
  let result;
  try {
    result = importSource('fuzz.md', c.bytes, c.base.options, siteData);
  } catch (error) {
    if (!(error instanceof Refusal)) return `import threw ${(error as Error).stack}`;
    record(input, 'import', true, performance.now() - start);
    return undefined;
  }
  ms = performance.now() - start;
  record(input, 'import', !result.ok, ms);
  if (ms > CASE_TIME_LIMIT_MS) return `import took ${ms.toFixed(0)} ms`;
  if (!result.ok) return result.problems.length > 0 ? undefined : 'import failed without saying why';
  // What the importer writes must pass the checks.
  const imported = join(site, 'blog', `${result.post.slug}.md`);
  writeFileSync(imported, result.post.text);
  try {
    const bad = checkSite(loadSite(site)).findings.filter((f) => f.severity === 'error');
    if (bad.length > 0) return `imported post fails the checks: ${formatText({ findings: bad, files: 1 })}`;
  } finally {
    rmSync(imported);
  }
  return undefined;
}

describe(`fuzz: ${CASES} mutations of the seed posts, seed ${seed}`, () => {
  for (let from = 0; from < CASES; from += CHUNK) {
    const chunk = cases.slice(from, from + CHUNK);
    it(`cases ${from} to ${from + chunk.length - 1}: a finding or a refusal, never a crash`, () => {
      const failures: string[] = [];
      for (const c of chunk) {
        const problem = fuzzOne(c);
        if (problem) {
          const file = join(saved, `seed-${seed}-case-${c.index}.bin`);
          writeFileSync(file, c.bytes);
          failures.push(`case ${c.index} (${c.base.name}; ${c.edits.join('; ')}), saved as ${file}: ${problem}`);
        }
      }
      expect(failures, `HOSTILE_SEED=${seed}`).toEqual([]);
    }, 300_000);
  }
});

describe('fuzz: a sample through the real commands', () => {
  const sample = Array.from({ length: 12 }, (_, i) => cases[Math.floor(((i + 0.5) * cases.length) / 12)]!);

  it('npm run check prints exactly what its core finds, and exits 1 exactly when that has an error', () => {
    const copy = siteWithData('sde-hostile-fuzz-cli-');
    try {
      for (const c of sample) writeFileSync(join(copy, 'blog', `fuzz-${c.index}.md`), c.bytes);
      const core = checkSite(loadSite(copy));
      const start = performance.now();
      const result = runSdeContent(copy, 'check', [], 120_000);
      record('npm run check over a fuzz sample', 'check CLI', result.status === 1, performance.now() - start, true);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stdout.trimEnd()).toBe(formatText(core));
      expect(result.status).toBe(core.findings.some((f) => f.severity === 'error') ? 1 : 0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('npm run import writes all of the sample or none of it, and only posts that pass the checks', () => {
    const root = siteWithData('sde-hostile-fuzz-import-');
    try {
      mkdirSync(join(root, 'inputs'));
      for (const c of sample) writeFileSync(join(root, 'inputs', `fuzz-${c.index}.md`), c.bytes);
      const start = performance.now();
      const result = runSdeContent(
        root,
        'import',
        ['inputs', '--out', 'out', '--date', '2024-01-02', '--author', 'unknown', '--tags', 'career'],
        120_000,
      );
      record('npm run import over a fuzz sample', 'import CLI', result.status === 1, performance.now() - start, true);
      expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
      expect([0, 1]).toContain(result.status);
      if (result.status === 1) {
        expect(existsSync(join(root, 'out'))).toBe(false);
      } else {
        for (const file of readdirSync(join(root, 'out')))
          writeFileSync(join(root, 'blog', file), readFileSync(join(root, 'out', file)));
        expect(checkSite(loadSite(root)).findings.filter((f) => f.severity === 'error')).toEqual([]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
