import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedSources, targetPath, writeAll, writeNewFile } from '../../packages/content-engine/src/import/write';
import { Refusal } from '../../packages/content-engine/src/import/types';
import { ROOT, fixture } from '../helpers/paths';
import { SEEDS } from '../helpers/seeds';
import { sha256 } from '../../packages/content-engine/src/import/core';
import { runImport as run, tempDir } from '../helpers/import';

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
  it('maps the hash of each imported source to its post, and skips posts that have none', async () => {
    const out = tempDir();
    const { seed, options, slug } = SEEDS[0]!;
    expect((await run([fixture(seed), ...options, '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'hand-written.md'), '---\ntitle: Written here\n---\nText.\n');
    writeFileSync(join(out, 'broken.md'), '---\ntitle: [never closed\n---\n');
    expect(importedSources(out)).toEqual(new Map([[sha256(readFileSync(fixture(seed))), join(out, `${slug}.md`)]]));
  });

  it("finds the committed post of each seed by the seed's hash, among any others", () => {
    const found = importedSources(join(ROOT, 'blog'));
    for (const { seed, slug } of SEEDS) {
      expect(found.get(sha256(readFileSync(fixture(seed))))).toBe(join(ROOT, 'blog', `${slug}.md`));
    }
  });

  it('is empty for a folder that does not exist', () => {
    expect(importedSources(join(tempDir(), 'missing')).size).toBe(0);
  });
});
