import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedSources, targetPath, writeAll, writeNewFile } from '../../scripts/import/write';
import { Refusal } from '../../scripts/import/types';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/import';

describe('targetPath', () => {
  it('puts a post directly in the output folder', () => {
    const out = tempDir();
    expect(targetPath(out, 'my-post')).toBe(join(out, 'my-post.md'));
  });

  it.each(['../escape', 'nested/post', '/etc/passwd'])('refuses "%s", which leaves the folder', (slug) => {
    expect(() => targetPath(tempDir(), slug)).toThrow(Refusal);
    expect(() => targetPath(tempDir(), slug)).toThrow(/outside/);
  });
});

describe('writeNewFile', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const out = tempDir();
    writeNewFile(join(out, 'a.md'), 'text\n');
    expect(readdirSync(out)).toEqual(['a.md']);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('text\n');
  });

  it('never overwrites, and cleans up after refusing', () => {
    const out = tempDir();
    writeFileSync(join(out, 'a.md'), 'original');
    expect(() => writeNewFile(join(out, 'a.md'), 'new')).toThrow(/already exists/);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('original');
    expect(readdirSync(out)).toEqual(['a.md']);
  });
});

describe('writeAll', () => {
  it('removes what it wrote when a later write fails', () => {
    const out = tempDir();
    writeFileSync(join(out, 'taken.md'), 'original');
    const posts = [
      { target: join(out, 'first.md'), text: 'one' },
      { target: join(out, 'taken.md'), text: 'two' },
    ];
    expect(() => writeAll(out, posts)).toThrow(Refusal);
    expect(existsSync(join(out, 'first.md'))).toBe(false);
    expect(readdirSync(out)).toEqual(['taken.md']);
  });
});

describe('importedSources', () => {
  it('finds the hash of every committed post that came from a seed', () => {
    const found = importedSources(join(ROOT, 'blog'));
    expect(found.size).toBe(3);
    expect([...found.values()].map((path) => path.replace(`${ROOT}/`, '')).sort()).toEqual([
      'blog/biggest-achievement.md',
      'blog/everyone-in-a-company-should-work-for-a-week-in-customer-support.md',
      'blog/however-long-it-takes.md',
    ]);
  });

  it('is empty for a folder that does not exist', () => {
    expect(importedSources(join(tempDir(), 'missing')).size).toBe(0);
  });
});
