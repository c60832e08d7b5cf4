/**
 * Interrupted work loses nothing: a multi-file import (the real command, one process, so the
 * signal hits the writer itself) is killed with SIGKILL at seeded random moments while it writes
 * into a blog folder. Afterwards the folder holds only complete posts that pass the checks, and
 * running the same import again completes it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite, formatFinding } from '@sde/content-engine/check';
import { importSource, readSite } from '@sde/content-engine/import';
import { parseLock } from '@sde/content-engine/permalinks';
import { record } from './measure';
import { fuzzSeed, random } from './seed';
import { blogOnlySite, SDE_CONTENT_BIN } from './site';
import { loadSite } from '@sde/content-engine';

const STORIES = 60;
const KILLS = 5;
const OPTIONS = ['--author', 'unknown', '--date', '2024-01-02'];

const root = mkdtempSync(join(tmpdir(), 'sde-hostile-sigkill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Plain-text stories, one file each, as someone would paste them out of emails. */
const inputs = join(root, 'inputs');
mkdirSync(inputs);
for (let i = 0; i < STORIES; i++) {
  writeFileSync(
    join(inputs, `story-${String(i).padStart(2, '0')}.txt`),
    `Story number ${i} about support\n\nThe first paragraph of story ${i} says what happened on the support desk that week.\n\nA second paragraph follows it.\n\nTags: career\n`,
  );
}

/** The registries and pages the importer proves posts against: those of the sites it writes into. */
const dataSite = blogOnlySite();
afterAll(() => dataSite.dispose());
const siteData = readSite(loadSite(dataSite.dir));

/** What a complete import writes: file name → text, from the importer's own core. */
const expected = new Map<string, string>();
for (const file of readdirSync(inputs)) {
  const result = importSource(
    join(inputs, file),
    readFileSync(join(inputs, file)),
    { author: 'unknown', date: '2024-01-02' },
    siteData,
  );
  if (!result.ok) throw new Error(`${file} does not import: ${result.problems.map(formatFinding).join('; ')}`);
  expected.set(`${result.post.slug}.md`, result.post.text);
}
const expectedUrls = [...expected.keys()].map((name) => `/blog/${name.replace(/\.md$/, '')}`);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Run the import into `blog`; with `killAfterMs`, SIGKILL it that long after it starts writing. */
function importInto(siteDir: string, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SDE_CONTENT_BIN, 'import', inputs, '--out', 'blog', ...OPTIONS], {
      cwd: siteDir,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The first temporary file appearing in blog/ is the moment writing starts.
    const watcher =
      killAfterMs === undefined
        ? undefined
        : watch(join(siteDir, 'blog'), () => {
            watcher?.close();
            setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          });
    child.on('exit', (code, signal) => {
      watcher?.close();
      resolve({ code, signal, output });
    });
  });
}

/** The posts in `blog/` that are not the site's own, and anything else left lying there. */
function survey(siteDir: string, originals: Map<string, Buffer>) {
  const imported = new Map<string, string>();
  const other: string[] = [];
  for (const name of readdirSync(join(siteDir, 'blog'))) {
    const original = originals.get(name);
    if (name === 'permalinks.lock') {
      // The import records the URLs it wrote, after writing them all: the lock holds the old URLs
      // and, at most, those of the imported posts.
      const old = parseLock(original!.toString('utf8'));
      const now = parseLock(readFileSync(join(siteDir, 'blog', name), 'utf8'));
      expect(now).toEqual(expect.arrayContaining(old));
      for (const url of now) expect([...old, ...expectedUrls]).toContain(url);
    } else if (original) {
      expect(readFileSync(join(siteDir, 'blog', name)).equals(original), `${name} changed`).toBe(true);
    } else if (name.endsWith('.md')) {
      imported.set(name, readFileSync(join(siteDir, 'blog', name), 'utf8'));
    } else {
      other.push(name);
    }
  }
  return { imported, other };
}

describe(`SIGKILL during a ${STORIES}-file import, ${KILLS} times`, () => {
  const { seed } = fuzzSeed();
  const next = random(seed ^ 0x51c4111);
  const delays = Array.from({ length: KILLS }, () => Math.floor(next() * 25));

  it.each(delays.map((delay, i) => [i, delay]))(
    'kill %i, %i ms into writing',
    async (_, delay) => {
      const site = blogOnlySite();
      try {
        const originals = new Map(
          readdirSync(join(site.dir, 'blog')).map((name) => [name, readFileSync(join(site.dir, 'blog', name))]),
        );
        const start = performance.now();
        const killed = await importInto(site.dir, delay);
        const after = survey(site.dir, originals);
        record(`sigkill after ${delay} ms`, 'import CLI', killed.signal === 'SIGKILL', performance.now() - start, true);
        console.log(
          `kill after ${delay} ms: ${killed.signal ?? `exit ${killed.code}`}, ${after.imported.size} of ${STORIES} posts written, left over: ${after.other.join(', ') || 'nothing'}`,
        );

        // Every post there is whole: byte for byte what a complete import writes.
        for (const [name, text] of after.imported) expect(text, name).toBe(expected.get(name));
        // Anything else is a hidden temporary file, which neither the site nor the checks read.
        for (const name of after.other)
          expect(name).toMatch(/^\..+\.md\.\d+\.[0-9a-f]+\.tmp$|^\.permalinks\.lock\.tmp$/);
        expect(checkSite(loadSite(site.dir)).findings.filter((f) => f.severity === 'error')).toEqual([]);

        // The same command again finishes the job and tidies up.
        const rerun = await importInto(site.dir);
        expect(rerun.code, rerun.output).toBe(0);
        const done = survey(site.dir, originals);
        expect(done.other).toEqual([]);
        expect(new Map([...done.imported].sort())).toEqual(new Map([...expected].sort()));
        // And every imported post's URL is locked.
        expect(parseLock(readFileSync(join(site.dir, 'blog', 'permalinks.lock'), 'utf8'))).toEqual(
          expect.arrayContaining(expectedUrls),
        );
        expect(checkSite(loadSite(site.dir)).findings.filter((f) => f.severity === 'error')).toEqual([]);
        if (after.imported.size > 0) expect(rerun.output).toContain('already imported');
      } finally {
        site.dispose();
      }
    },
    120_000,
  );
});
