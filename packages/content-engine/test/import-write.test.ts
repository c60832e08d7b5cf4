import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedSources, targetPath, writeAll, writeNewFile } from '../src/import/write';
import { Refusal } from '../src/import/types';
import { importSource, sha256 } from '../src/import/core';
import { loadSite } from '../src';
import { FIXTURE_SITE, fixtureSiteData, SEEDS, tempDir } from './helpers';

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
  it('maps the hash of each imported source to its post, and skips posts that have none', () => {
    const out = tempDir();
    const { source, options, slug } = SEEDS[0]!;
    const result = importSource(source, readFileSync(source), options, fixtureSiteData());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    writeAll(out, [{ target: targetPath(out, result.post.slug), text: result.post.text }]);
    writeFileSync(join(out, 'hand-written.md'), '---\ntitle: Written here\n---\nText.\n');
    writeFileSync(join(out, 'broken.md'), '---\ntitle: [never closed\n---\n');
    expect(importedSources(out)).toEqual(new Map([[sha256(readFileSync(source)), join(out, `${slug}.md`)]]));
  });

  it("finds the post of each seed in a site's blog by the seed's hash, among any others", () => {
    const blog = join(FIXTURE_SITE, loadSite(FIXTURE_SITE).blog.path);
    const found = importedSources(blog);
    for (const { source, slug } of SEEDS) {
      expect(found.get(sha256(readFileSync(source)))).toBe(join(blog, `${slug}.md`));
    }
  });

  it('gives each seed its post byte for byte, with the options it was imported with', () => {
    for (const { source, options, imported } of SEEDS) {
      const result = importSource(source, readFileSync(source), options, fixtureSiteData());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.post.text, source).toBe(readFileSync(imported, 'utf8'));
    }
  });

  it('is empty for a folder that does not exist', () => {
    expect(importedSources(join(tempDir(), 'missing')).size).toBe(0);
  });
});
