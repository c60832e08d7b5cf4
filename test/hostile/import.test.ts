/**
 * Every hostile input through the importer: its core for each one (a refusal, problems that say
 * what to fix, or a repair that is reported and gives a post the checks pass), then the real
 * `npm run import` on a sample, into a temporary --out, proving nothing is written anywhere else.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite, formatFinding } from '@sde/content-engine/check';
import { importSource, readSite, Refusal, type ImportResult } from '@sde/content-engine/import';
import { fingerprint } from '../helpers/fingerprint';
import { CORPUS, HOSTILE_DIR, type HostileCase } from './corpus';
import { CASE_HEAP_LIMIT_MB, CASE_TIME_LIMIT_MS, STACK_TRACE, measure, record } from './measure';
import { blogOnlySite, OUTSIDE_POST, runSdeContent } from './site';
import { loadSite } from '@sde/content-engine';

const MARKER = join(tmpdir(), 'sde-hostile-ran');
const site = blogOnlySite();
afterAll(() => site.dispose());
/** The importer proves its posts against the same site the checks then read. */
const siteData = readSite(loadSite(site.dir));

/** Error findings of `npm run check`'s core for a post the importer produced. */
function checkImported(slug: string, text: string): string[] {
  const path = join(site.dir, 'blog', `${slug}.md`);
  writeFileSync(path, text);
  try {
    return checkSite(loadSite(site.dir))
      .findings.filter((f) => f.file === `blog/${slug}.md` && f.severity === 'error')
      .map((f) => `${f.line}:${f.column} ${f.message} (${f.rule})`);
  } finally {
    rmSync(path);
  }
}

type Outcome = { refusal: string } | ImportResult;

describe.each(CORPUS)('import: $name', (c: HostileCase) => {
  it(`is ${c.import}`, () => {
    const bytes = c.bytes();
    const { value, ms, heapMB } = measure((): Outcome => {
      try {
        return importSource(`${c.name}.md`, bytes, {}, siteData);
      } catch (error) {
        // Anything but a Refusal escapes and fails the test: that would be a crash.
        if (error instanceof Refusal) return { refusal: error.message };
        throw error;
      }
    });
    const refused = 'refusal' in value || !value.ok;
    record(c.name, 'import', refused, ms);
    expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS);
    expect(heapMB).toBeLessThan(CASE_HEAP_LIMIT_MB);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(existsSync(MARKER)).toBe(false);

    if (c.import === 'refused') {
      expect(value).toEqual({ refusal: expect.stringMatching(c.importSays!) });
    } else if (c.import === 'problems') {
      expect('refusal' in value ? value.refusal : value.ok).toBe(false);
      const problems = 'problems' in value ? value.problems.map(formatFinding) : [];
      expect(problems.join('\n')).toMatch(c.importSays!);
      for (const problem of problems) expect(problem).not.toMatch(STACK_TRACE);
    } else {
      if ('refusal' in value || !value.ok) throw new Error(`not imported: ${JSON.stringify(value)}`);
      if (c.import === 'repaired') expect(value.post.changes.join('\n')).toMatch(c.importSays!);
      // The promise the importer makes: what it writes passes the checks the first time.
      expect(checkImported(value.post.slug, value.post.text)).toEqual([]);
    }
  });
});

describe('npm run import, the real command', () => {
  const root = mkdtempSync(join(tmpdir(), 'sde-hostile-import-'));
  const copy = blogOnlySite();
  afterAll(() => {
    copy.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  /** Run the importer in the site copy; prove it changed nothing but `out`. */
  function importer(args: string[], out: string) {
    const before = { site: fingerprint(copy.dir), root: fingerprint(root) };
    const start = performance.now();
    const result = runSdeContent(copy.dir, 'import', [...args, '--out', out], 120_000);
    const ms = performance.now() - start;
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(STACK_TRACE);
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const outside = (prints: Record<string, string>) =>
      Object.fromEntries(Object.entries(prints).filter(([path]) => !join(root, path).startsWith(`${out}/`)));
    expect(fingerprint(copy.dir)).toEqual(before.site);
    expect(outside(fingerprint(root))).toEqual(outside(before.root));
    return { ...result, output, ms };
  }

  it('refuses the whole corpus as one batch, names each bad file, and writes nothing', () => {
    const inputs = join(root, 'corpus');
    mkdirSync(inputs);
    for (const c of CORPUS) writeFileSync(join(inputs, `${c.name}.md`), c.bytes());
    const out = join(root, 'out-batch');
    const result = importer([inputs], out);
    record('npm run import over the corpus', 'import CLI', result.status === 1, result.ms, true);
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toMatch(/problems: nothing was written$/m);
    for (const c of CORPUS.filter((c) => c.import === 'refused' || c.import === 'problems')) {
      // path:line:column  error  message; fix  (rule), with the file's path whole.
      expect(result.stderr).toMatch(
        new RegExp(`^${join(inputs, c.name)}\\.md:\\d+:\\d+ {2}error {2}.*${c.importSays!.source}`, 'm'),
      );
    }
    expect(existsSync(out)).toBe(false);
  });

  it('imports a repairable file into --out and nowhere else', () => {
    const out = join(root, 'out-one');
    const result = importer([join(HOSTILE_DIR, 'crlf-line-ends.md')], out);
    record('npm run import crlf-line-ends', 'import CLI', false, result.ms, true);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('converted 14 Windows line endings');
    expect(readdirSync(out)).toEqual(['crlf-line-ends.md']);
  });

  it('refuses ---js frontmatter on its own with exit 1, running nothing', () => {
    const out = join(root, 'out-js');
    const result = importer([join(HOSTILE_DIR, 'js-frontmatter.md')], out);
    record('npm run import js-frontmatter', 'import CLI', result.status === 1, result.ms, true);
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toMatch(/frontmatter language "js" is not allowed/);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('will not write through a symlink that already sits at the post path', () => {
    const out = join(root, 'out-symlink');
    mkdirSync(out);
    const victim = join(root, 'victim.md');
    writeFileSync(victim, OUTSIDE_POST);
    symlinkSync(victim, join(out, 'crlf-line-ends.md'));
    const result = importer([join(HOSTILE_DIR, 'crlf-line-ends.md')], out);
    record('npm run import onto a symlink', 'import CLI', result.status === 1, result.ms, true);
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
    expect(readdirSync(out)).toEqual(['crlf-line-ends.md']);
  });

  it('treats a folder named like a post as a folder, and a --slug with ../ as a slug, not a path', () => {
    const folder = join(root, 'directory-named-like-a-post.md');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.bin'), 'not a story\n');
    const out = join(root, 'out-folder');
    const asFolder = importer([folder], out);
    expect(asFolder.status, asFolder.output).toBe(2);
    expect(asFolder.stderr).toMatch(/holds no \.md/);
    const escaping = importer([join(HOSTILE_DIR, 'crlf-line-ends.md'), '--slug', '../../escaped'], out);
    record('npm run import --slug ../../escaped', 'import CLI', escaping.status !== 0, escaping.ms, true);
    // Either refused, or written as a plain slug inside --out; never outside (checked by importer()).
    if (escaping.status === 0) expect(readdirSync(out)).toEqual([expect.stringMatching(/^[a-z0-9-]+\.md$/)]);
    else expect(existsSync(out)).toBe(false);
  });
});
