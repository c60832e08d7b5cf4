/**
 * The build is the last gate before publishing: these run the real `npm run build` and the
 * Docusaurus CLI in a copy of the site.
 */
import { describe, expect, it, afterAll, beforeEach } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySite, addFile, sdeContent } from '../helpers/site';
import { fixture } from '../helpers/paths';

const MARKER = join(tmpdir(), 'sde-js-frontmatter-ran');
const site = copySite({ app: true });
afterAll(() => site.dispose());

function npmBuild(cwd: string) {
  return spawnSync('npm', ['run', 'build'], { cwd, encoding: 'utf8', timeout: 240_000 });
}

describe('npm run build stops on a bad post and names it', () => {
  it.each([
    ['unknown-tag', 'blog/unknown-tag.md:7:16'],
    ['unknown-author', 'blog/unknown-author.md:6:11'],
    ['frontmatter-language', 'blog/frontmatter-language.md:1:4'],
  ])(
    '%s',
    (rule, location) => {
      const target = `blog/${rule}.md`;
      addFile(site.dir, fixture('check', rule, 'bad.md'), target);
      try {
        const result = npmBuild(site.dir);
        expect(result.status).not.toBe(0);
        expect(result.stdout + result.stderr).toContain(location);
        expect(existsSync(join(site.dir, 'build'))).toBe(false);
      } finally {
        rmSync(join(site.dir, target));
      }
    },
    120_000,
  );
});

describe('a ---js payload never runs', () => {
  const target = 'blog/js-payload.md';
  beforeEach(() => {
    rmSync(MARKER, { force: true });
    addFile(site.dir, fixture('content-model/js-frontmatter.md'), target);
    return () => rmSync(join(site.dir, target), { force: true });
  });

  it('during npm run check', () => {
    const result = sdeContent(site.dir, ['check']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('blog/js-payload.md:1:4  error  frontmatter language "js" is not allowed');
    expect(existsSync(MARKER)).toBe(false);
  });

  it('during docusaurus build, even without the checks in front of it', () => {
    const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', join(site.dir, 'out')], {
      cwd: site.dir,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/blog\/js-payload\.md:1:4 frontmatter language "js" is not allowed/);
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
    const refused = /blog\/js-payload\.md:1:4 frontmatter language "js" is not allowed/;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !refused.test(output) && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    expect(output, output).toMatch(refused);
    expect(output).toContain('blog/js-payload.md:1:4  error  frontmatter language "js" is not allowed');
    expect(existsSync(MARKER)).toBe(false);
  }, 180_000);
});
