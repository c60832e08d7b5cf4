/**
 * The site's posts are reproducible: importing each seed with the options recorded here gives
 * the committed post byte for byte, through the real command.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../scripts/import/cli';
import { ROOT, fixture } from '../helpers/paths';
import { IMPORT_CLI, runScript, tempDir } from '../helpers/import';

/** Each seed, the options it was imported with, and the post it became. */
const GOLDEN = [
  {
    seed: 'seeds/000_1bd89d3d5e839296.txt',
    options: ['--date', '2026-11-26', '--featured'],
    post: 'blog/biggest-achievement.md',
  },
  {
    seed: 'seeds/001_64e572b6518711a2.txt',
    options: ['--date', '2026-11-26', '--author', 'unknown', '--tags', 'customer-service,career', '--featured'],
    post: 'blog/however-long-it-takes.md',
  },
  {
    seed: 'seeds/002_e9ddd02ca68f611f.txt',
    options: ['--tags', 'customer-service', '--featured'],
    post: 'blog/everyone-in-a-company-should-work-for-a-week-in-customer-support.md',
  },
];

describe.each(GOLDEN)('$seed', ({ seed, options, post }) => {
  const committed = readFileSync(join(ROOT, post), 'utf8');

  it(`imports into ${post} byte for byte`, () => {
    const out = tempDir();
    const result = runScript(IMPORT_CLI, [fixture(seed), ...options, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote ');
    expect(readFileSync(join(out, post.replace('blog/', '')), 'utf8')).toEqual(committed);
  });

  it('prints the same post and a change report with --dry-run, and sees it is already imported', () => {
    const result = run(['--dry-run', fixture(seed), ...options], ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`\n${committed}`);
    expect(result.stdout).toMatch(/\n {2}- /);
    expect(result.stdout).toContain(`already imported as ${post}`);
  });

  it('without the recorded options it either needs them or gives a different post', () => {
    const result = run(['--dry-run', fixture(seed), '--out', tempDir()], ROOT);
    if (result.code === 0) expect(result.stdout).not.toContain(`\n${committed}`);
    else expect(result.stderr).toMatch(/pass --(date|author|tags)/);
  });
});

it('the report of the first seed names each change made', () => {
  const { stdout } = run(['--dry-run', fixture(GOLDEN[0]!.seed), ...GOLDEN[0]!.options, '--out', tempDir()], ROOT);
  expect(stdout).toContain('  - repaired 2 mojibake sequences (ðŸ¤ž → 🤞, â€™ → ’)');
  expect(stdout).toContain('  - removed trailing whitespace from 1 line');
  expect(stdout).toContain('  - mapped tag "project management" → project-management');
});

it('the report of the Jekyll seed names the category, author and old URL', () => {
  const { stdout } = run(['--dry-run', fixture(GOLDEN[2]!.seed), ...GOLDEN[2]!.options, '--out', tempDir()], ROOT);
  expect(stdout).toContain('  - mapped category Know-how → know-how');
  expect(stdout).toContain('  - mapped author "Jelena Barinova" → jelena-barinova');
  expect(stdout).toContain(
    "  - kept old URL /know-how/2013/05/31/everyone-in-a-company-should-work-for-a-week-in-customer-support.html (Jekyll's default permalink)",
  );
});
