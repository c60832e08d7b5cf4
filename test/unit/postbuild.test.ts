/**
 * The post-build step on a small made-up build: the stylesheet keeps what pages and scripts use,
 * is renamed by its content, every page links to the new name and carries the policy that
 * `_headers` carries, and running the step again changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishBuild, readUntrimmedManifest } from '../../scripts/postbuild/finish';
import { contentHashedName, trimStylesheet } from '../../scripts/postbuild/trim-css';
import { HEADERS_FILE, parseHeadersFile } from '../../scripts/security/headers';

const CSS = [
  ':root{--used:red;--read-by-script:var(--base);--base:blue;--unused:green}',
  '.page{color:var(--used)}',
  '.menu--open{display:block}',
  '.never{color:black}',
  '[data-theme=dark] .page{color:white}',
  '@keyframes spin{to{transform:rotate(1turn)}}',
  '@keyframes unused{to{opacity:0}}',
  '.spinner{animation:spin 1s}',
].join('');

const page = (body: string) =>
  `<!doctype html><html><head><meta charset=utf-8><link rel=stylesheet href=/assets/css/styles.0123abcd.css>` +
  `<script>document.documentElement.dataset.theme="dark"</script></head><body>${body}</body></html>`;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeBuild(css = CSS): string {
  dir = mkdtempSync(join(tmpdir(), 'sde-postbuild-'));
  mkdirSync(join(dir, 'assets', 'css'), { recursive: true });
  mkdirSync(join(dir, 'assets', 'js'), { recursive: true });
  mkdirSync(join(dir, 'blog'));
  writeFileSync(join(dir, 'assets', 'css', 'styles.0123abcd.css'), css);
  writeFileSync(join(dir, 'index.html'), page('<div class="page spinner">home</div>'));
  writeFileSync(join(dir, 'blog', 'post.html'), page('<p class=page>post</p><script>alert(1)</script>'));
  // A redirect page such as the client-redirects plugin writes: no stylesheet, its own script.
  writeFileSync(
    join(dir, 'old.html'),
    '<html><head><meta charset="UTF-8"></head><script>location.href="/"</script></html>',
  );
  writeFileSync(
    join(dir, 'assets', 'js', 'main.js'),
    'el.classList.add("menu--open");el.style.stroke="var(--read-by-script)"',
  );
  return dir;
}

const cssFiles = (build: string) => readdirSync(join(build, 'assets', 'css'));

describe('finishBuild', () => {
  it('trims the stylesheet to what pages and scripts use, and renames it by its content', async () => {
    const build = makeBuild();
    const report = await finishBuild(build);
    const [name] = cssFiles(build);
    expect(cssFiles(build)).toHaveLength(1);
    const css = readFileSync(join(build, 'assets', 'css', name!), 'utf8');
    expect(name).toBe(contentHashedName('styles.0123abcd.css', css));
    expect(report.stylesheets).toEqual([
      expect.objectContaining({ from: 'assets/css/styles.0123abcd.css', to: `assets/css/${name}` }),
    ]);
    // Kept: used in a page, added by a script, the dark theme, a used animation, a property a
    // script reads and the property it reads in turn.
    for (const kept of [
      '.page{',
      '.menu--open{',
      '[data-theme=dark]',
      '@keyframes spin',
      '--read-by-script:',
      '--base:',
    ]) {
      expect(css).toContain(kept);
    }
    for (const dropped of ['.never', '@keyframes unused', '--unused']) expect(css).not.toContain(dropped);
  });

  it('links every page to the new name, and puts the _headers policy in each, less frame-ancestors', async () => {
    const build = makeBuild();
    const report = await finishBuild(build);
    const [name] = cssFiles(build);
    const policy = parseHeadersFile(readFileSync(join(build, HEADERS_FILE), 'utf8'))['Content-Security-Policy']!;
    expect(report.scriptHashes).toBe(3);
    expect(policy.match(/'sha256-/g)).toHaveLength(3);
    const expected = policy.replace("; frame-ancestors 'none'", '');
    expect(expected).not.toBe(policy);
    for (const file of ['index.html', 'blog/post.html', 'old.html']) {
      const html = readFileSync(join(build, file), 'utf8');
      expect(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${expected}">`);
      expect(html.indexOf('Content-Security-Policy'), file).toBeLessThan(html.indexOf('<script'));
      if (file !== 'old.html') expect(html, file).toContain(`href=/assets/css/${name}>`);
      expect(html, file).not.toContain('styles.0123abcd.css');
    }
  });

  it('changes nothing when run again', async () => {
    const build = makeBuild();
    await finishBuild(build);
    const before = ['index.html', 'blog/post.html', HEADERS_FILE].map((file) =>
      readFileSync(join(build, file), 'utf8'),
    );
    const names = cssFiles(build);
    await finishBuild(build);
    expect(
      ['index.html', 'blog/post.html', HEADERS_FILE].map((file) => readFileSync(join(build, file), 'utf8')),
    ).toEqual(before);
    expect(cssFiles(build)).toEqual(names);
  });

  it('gives the stylesheet another name when the pages use other rules (long-lived caching)', async () => {
    const first = makeBuild();
    await finishBuild(first);
    const [firstName] = cssFiles(first);
    rmSync(first, { recursive: true });
    const second = makeBuild();
    writeFileSync(join(second, 'blog', 'never.html'), page('<p class=never>now used</p>'));
    await finishBuild(second);
    const [secondName] = cssFiles(second);
    expect(secondName).not.toBe(firstName);
    expect(readFileSync(join(second, 'assets', 'css', secondName!), 'utf8')).toContain('.never{');
  });

  it('writes the same pages when it must read them twice (memory budget spent)', async () => {
    const build = makeBuild();
    await finishBuild(build);
    const expected = readFileSync(join(build, 'blog', 'post.html'), 'utf8');
    rmSync(build, { recursive: true });
    const again = makeBuild();
    await finishBuild(again, { memoryBudget: 0 });
    expect(readFileSync(join(again, 'blog', 'post.html'), 'utf8')).toBe(expected);
  });

  it('keeps the untrimmed stylesheet aside, recorded under the trimmed one’s path', async () => {
    const build = makeBuild();
    const keep = `${build}-untrimmed`;
    try {
      await finishBuild(build, { keepUntrimmedIn: keep });
      const [name] = cssFiles(build);
      const manifest = readUntrimmedManifest(keep);
      expect(manifest).toEqual({ [`assets/css/${name}`]: 'styles.0123abcd.css' });
      expect(readFileSync(join(keep, 'styles.0123abcd.css'), 'utf8')).toBe(CSS);
      expect(existsSync(join(build, 'assets', 'css', 'styles.0123abcd.css'))).toBe(false);
    } finally {
      rmSync(keep, { recursive: true, force: true });
    }
  });
});

describe('trimStylesheet', () => {
  it('keeps a class that code composes at run time (the safelist)', async () => {
    const { css } = await trimStylesheet('.language-js{color:red}.other{color:blue}', new Set(['html']));
    expect(css).toBe('.language-js{color:red}');
  });
});

describe('contentHashedName', () => {
  it('replaces the hash part, or adds one', () => {
    expect(contentHashedName('styles.0123abcd.css', 'a')).toMatch(/^styles\.[0-9a-f]{8}\.css$/);
    expect(contentHashedName('styles.0123abcd.css', 'a')).not.toBe(contentHashedName('styles.0123abcd.css', 'b'));
    expect(contentHashedName('print.css', 'a')).toMatch(/^print\.[0-9a-f]{8}\.css$/);
  });
});
