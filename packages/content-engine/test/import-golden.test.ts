/**
 * The seeds import reproducibly through the real command: each seed story (fixtures/seeds/) with
 * the options recorded in helpers.ts gives its post in the fixture site byte for byte, and a dry
 * run into that site sees it is already imported (the post records its source's hash).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixtureSite, importArgs, runImport as run, sdeContent, SEEDS, tempDir } from './helpers';

describe.each(SEEDS)('$slug', ({ source, options, slug, imported }) => {
  const expected = readFileSync(imported, 'utf8');
  const args = importArgs(options);

  it(`imports into ${slug}.md byte for byte`, () => {
    const site = copyFixtureSite();
    try {
      const out = tempDir();
      const result = sdeContent('import', [source, ...args, '--out', out], site.dir);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('wrote ');
      expect(readFileSync(join(out, `${slug}.md`), 'utf8')).toEqual(expected);
    } finally {
      site.dispose();
    }
  });

  it('prints the same post and a change report with --dry-run, and sees it is already imported', async () => {
    const site = copyFixtureSite();
    try {
      const result = await run(['--dry-run', source, ...args], site.dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`\n${expected}`);
      expect(result.stdout).toMatch(/\n {2}- /);
      expect(result.stdout).toContain(`already imported as blog/${slug}.md`);
    } finally {
      site.dispose();
    }
  });

  it('without the recorded options it either needs them or gives a different post', async () => {
    const site = copyFixtureSite();
    try {
      const result = await run(['--dry-run', source, '--out', tempDir()], site.dir);
      if (result.code === 0) expect(result.stdout).not.toContain(`\n${expected}`);
      else expect(result.stderr).toMatch(/pass --(date|author|tags)/);
    } finally {
      site.dispose();
    }
  });
});

/** The dry-run report of a seed, imported into a copy of the fixture site's registries. */
async function report(index: number): Promise<string> {
  const site = copyFixtureSite();
  try {
    const seed = SEEDS[index]!;
    return (await run(['--dry-run', seed.source, ...importArgs(seed.options), '--out', tempDir()], site.dir)).stdout;
  } finally {
    site.dispose();
  }
}

it('the report of the first seed names each change made', async () => {
  const stdout = await report(0);
  expect(stdout).toContain('  - repaired 2 mojibake sequences (ðŸ¤ž → 🤞, â€™ → ’)');
  expect(stdout).toContain('  - removed trailing whitespace from 1 line');
  expect(stdout).toContain('  - mapped tag "project management" → project-management');
});

it('the report of the Jekyll seed names the category, author and old URL', async () => {
  const stdout = await report(2);
  expect(stdout).toContain('  - mapped category Know-how → know-how');
  expect(stdout).toContain('  - mapped author "Jelena Barinova" → jelena-barinova');
  expect(stdout).toContain(
    "  - kept old URL /know-how/2013/05/31/everyone-in-a-company-should-work-for-a-week-in-customer-support.html (Jekyll's default permalink)",
  );
});
