/**
 * The seeds import reproducibly: each seed with the options recorded in test/helpers/seeds.ts
 * gives its post in test/fixtures/seeds/imported/ byte for byte, through the real command. The
 * posts in blog/ may since have been edited: they are looked up by the seed's hash or slug only.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fixture } from '../helpers/paths';
import { SEEDS } from '../helpers/seeds';
import { runImport as run, runSdeContent, tempDir } from '../helpers/import';

describe.each(SEEDS)('$seed', ({ seed, options, slug, imported }) => {
  const expected = readFileSync(imported, 'utf8');
  const post = `blog/${slug}.md`;

  it(`imports into ${slug}.md byte for byte`, () => {
    const out = tempDir();
    const result = runSdeContent('import', [fixture(seed), ...options, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote ');
    expect(readFileSync(join(out, `${slug}.md`), 'utf8')).toEqual(expected);
  });

  it('prints the same post and a change report with --dry-run, and sees it is already imported', async () => {
    const result = await run(['--dry-run', fixture(seed), ...options], ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`\n${expected}`);
    expect(result.stdout).toMatch(/\n {2}- /);
    expect(result.stdout).toContain(`already imported as ${post}`);
  });

  it('without the recorded options it either needs them or gives a different post', async () => {
    const result = await run(['--dry-run', fixture(seed), '--out', tempDir()], ROOT);
    if (result.code === 0) expect(result.stdout).not.toContain(`\n${expected}`);
    else expect(result.stderr).toMatch(/pass --(date|author|tags)/);
  });
});

it('the report of the first seed names each change made', async () => {
  const { stdout } = await run(['--dry-run', fixture(SEEDS[0]!.seed), ...SEEDS[0]!.options, '--out', tempDir()], ROOT);
  expect(stdout).toContain('  - repaired 2 mojibake sequences (ðŸ¤ž → 🤞, â€™ → ’)');
  expect(stdout).toContain('  - removed trailing whitespace from 1 line');
  expect(stdout).toContain('  - mapped tag "project management" → project-management');
});

it('the report of the Jekyll seed names the category, author and old URL', async () => {
  const { stdout } = await run(['--dry-run', fixture(SEEDS[2]!.seed), ...SEEDS[2]!.options, '--out', tempDir()], ROOT);
  expect(stdout).toContain('  - mapped category Know-how → know-how');
  expect(stdout).toContain('  - mapped author "Jelena Barinova" → jelena-barinova');
  expect(stdout).toContain(
    "  - kept old URL /know-how/2013/05/31/everyone-in-a-company-should-work-for-a-week-in-customer-support.html (Jekyll's default permalink)",
  );
});
