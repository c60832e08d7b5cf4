/**
 * The build is the last gate before publishing: these run the real `npm run build` and the
 * Docusaurus CLI in a copy of the site (the seed stories as its posts, whatever blog/ holds).
 */
import { describe, expect, it, afterAll, beforeAll, beforeEach } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { copySite, addFile, sdeContent } from '../helpers/site';
import { fixture } from '../helpers/paths';
import { loadSite, postFile } from '@sde/content-engine';

/**
 * The file the fixture's payload writes when it runs, renamed for this test file: tests in other
 * files run the same payload, and must not see each other's marker.
 */
const MARKER_NAME = `sde-js-frontmatter-ran-build-${process.pid}`;
const MARKER = join(tmpdir(), MARKER_NAME);
let site: ReturnType<typeof copySite>;
/** Where a post with this slug goes in the copy: `blog/<slug>.md`. */
let fileOf: (slug: string) => string;
beforeAll(() => {
  site = copySite({ app: true, posts: 'seeds' });
  const layout = loadSite(site.dir);
  fileOf = (slug) => postFile(layout, slug);
});
afterAll(() => site.dispose());

function npmBuild(cwd: string) {
  return spawnSync('npm', ['run', 'build'], { cwd, encoding: 'utf8', timeout: 240_000 });
}

describe('npm run build stops on a bad post and names it', () => {
  it.each([
    ['unknown-tag', '7:16'],
    ['unknown-author', '6:11'],
    ['frontmatter-language', '1:4'],
  ])(
    '%s',
    (rule, position) => {
      const target = fileOf(rule);
      addFile(site.dir, fixture('check', rule, 'bad.md'), target);
      try {
        const result = npmBuild(site.dir);
        expect(result.status).not.toBe(0);
        expect(result.stdout + result.stderr).toContain(`${target}:${position}`);
        expect(existsSync(join(site.dir, 'build'))).toBe(false);
      } finally {
        rmSync(join(site.dir, target));
      }
    },
    120_000,
  );
});

describe('a ---js payload never runs', () => {
  let target = '';
  /** How a message names the payload's post: `blog/js-payload.md`, dots escaped. */
  const named = () => target.replace(/[.]/g, '\\.');
  beforeEach(() => {
    target = fileOf('js-payload');
    rmSync(MARKER, { force: true });
    const payload = readFileSync(fixture('content-model/js-frontmatter.md'), 'utf8');
    writeFileSync(join(site.dir, target), payload.replace("'sde-js-frontmatter-ran'", `'${MARKER_NAME}'`));
    return () => rmSync(join(site.dir, target), { force: true });
  });

  it('is live: stock gray-matter runs it (so the tests below can fail)', () => {
    matter(readFileSync(join(site.dir, target), 'utf8'));
    expect(existsSync(MARKER)).toBe(true);
    rmSync(MARKER, { force: true });
  });

  it('during npm run check', () => {
    const result = sdeContent(site.dir, ['check']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${target}:1:4  error  frontmatter language "js" is not allowed`);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('during docusaurus build, even without the checks in front of it', () => {
    const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', join(site.dir, 'out')], {
      cwd: site.dir,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      new RegExp(`${named()}:1:4 frontmatter language "js" is not allowed`),
    );
    expect(existsSync(MARKER)).toBe(false);
  }, 240_000);

  it('during docusaurus start', async () => {
    const child = spawn('npx', ['docusaurus', 'start', '--port', '3917', '--host', '127.0.0.1', '--no-open'], {
      cwd: site.dir,
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Wait for Docusaurus's own frontmatter hook to refuse the post (the checks' dev-server
    // plugin reports it earlier, in its own format), or for the server to give up.
    const refused = new RegExp(`${named()}:1:4 frontmatter language "js" is not allowed`);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !refused.test(output) && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    expect(output, output).toMatch(refused);
    expect(output).toContain(`${target}:1:4  error  frontmatter language "js" is not allowed`);
    expect(existsSync(MARKER)).toBe(false);
  }, 180_000);
});
