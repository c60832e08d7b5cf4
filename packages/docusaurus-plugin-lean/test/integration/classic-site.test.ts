/**
 * Proof that the package is a plugin any classic-theme site can add: the stock classic site of
 * test/fixtures/classic-site, which it was not written for, with the plugin as one line of its
 * `plugins`, built with `docusaurus build` at 3 and at 1,000 synthetic posts.
 *
 * - Both build.
 * - The JavaScript a blog post's page loads before it is interactive (every script its HTML names:
 *   `<script src>` and `<link rel=preload as=script>`, gzip bytes) grows by at most 15% from 3 to
 *   1,000 posts. Stock Docusaurus's grows with every post (its route table and chunk map are in
 *   main.js and the runtime): LEAN_PROOF_STOCK=1 builds the site without the plugin line as well,
 *   prints its figures and asserts they break the same bound.
 * - In Chromium, a post of the 1,000-post build starts its scripts on the first input, hydrates,
 *   and follows an internal link client-side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { PACKAGE_DIR, packageDir } from '../upstream';

const FIXTURE = join(PACKAGE_DIR, 'test', 'fixtures', 'classic-site');
/** The one line that adds the plugin to the fixture's config. */
const PLUGIN_LINE = "  plugins: ['@sde/docusaurus-plugin-lean'],\n";
/** The node_modules folder that holds Docusaurus: the repository's. */
const NODE_MODULES = join(packageDir('@docusaurus/core'), '..', '..');
const DOCUSAURUS = join(packageDir('@docusaurus/core'), 'bin', 'docusaurus.mjs');
/** The flags every Chromium of the repository runs with (scripts/lib/chromium.ts), never a download. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const MAX_GROWTH = 1.15;
const STOCK = process.env.LEAN_PROOF_STOCK === '1';
/** The post whose page is measured and opened: it has a newer and an older post at both sizes. */
const POST = 'note-0002';

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * A note of one short paragraph, dated one day after the one before. No tags or authors: their
 * paginated pages would add a fifth to the pages the build renders, and nothing to the proof.
 */
function post(n: number): string {
  const date = new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return [
    '---',
    `title: Note ${pad(n)}`,
    `date: ${date}`,
    '---',
    '',
    `Note ${n} records what the team learned that day, in a sentence or two, for whoever comes next.`,
    '',
    '{/* truncate */}',
    '',
  ].join('\n');
}

/**
 * A copy of the fixture with `posts` notes, with or without the plugin line, beside a
 * node_modules of links to the repository's packages, without its .cache: each build starts
 * with no cache of the bundler's, and writes none into the repository's.
 */
function makeSite(root: string, name: string, posts: number, plugin: boolean): string {
  const dir = join(root, name);
  cpSync(FIXTURE, dir, { recursive: true });
  const configFile = join(dir, 'docusaurus.config.ts');
  const config = readFileSync(configFile, 'utf8');
  expect(config).toContain(PLUGIN_LINE);
  if (!plugin) writeFileSync(configFile, config.replace(PLUGIN_LINE, ''));
  for (let n = 1; n <= posts; n++) writeFileSync(join(dir, 'blog', `note-${pad(n)}.md`), post(n));
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(NODE_MODULES)) {
    if (entry !== '.cache') symlinkSync(join(NODE_MODULES, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

interface Built {
  dir: string;
  seconds: number;
}

/** `docusaurus build` in `dir`, as a child process, so that two builds can share the machine. */
function build(dir: string): Promise<Built> {
  const start = performance.now();
  const child = spawn(process.execPath, [DOCUSAURUS, 'build'], {
    cwd: dir,
    // A one-off build gains nothing from writing Rspack's persistent cache, and the next starts fresh.
    env: { ...process.env, NODE_ENV: 'production', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status !== 0) reject(new Error(`docusaurus build in ${dir} exited with ${status}:\n${output}`));
      else resolve({ dir: join(dir, 'build'), seconds: (performance.now() - start) / 1000 });
    });
  });
}

/** The attributes of every tag named `tag` in minified or plain HTML. */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes!.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)].map(([, key, value]) => [
        key!.toLowerCase(),
        (value ?? '').replace(/^["']|["']$/g, ''),
      ]),
    ),
  );
}

/** Every script a page's HTML loads: `<script src>` and `<link rel=preload as=script>`. */
function initialScripts(html: string): string[] {
  const scripts = tags(html, 'script').flatMap((script) => (script.src ? [script.src] : []));
  const preloads = tags(html, 'link').flatMap((link) =>
    link.rel === 'preload' && link.as === 'script' && link.href ? [link.href] : [],
  );
  return [...new Set([...scripts, ...preloads])];
}

interface Weight {
  scripts: string[];
  raw: number;
  gzip: number;
}

function postPageJs(buildDir: string): Weight {
  const html = readFileSync(join(buildDir, 'blog', POST, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  expect(scripts.length).toBeGreaterThan(0);
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    expect(src, 'a same-site script').toMatch(/^\/[^/]/);
    const bytes = readFileSync(join(buildDir, src));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { scripts, raw, gzip };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static server for a build on 127.0.0.1, as a host would serve it (`/blog/x` is blog/x/index.html). */
async function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    const candidates = [file, join(file, 'index.html'), `${file}.html`];
    const found =
      file.startsWith(root + sep) || file === root
        ? candidates.find((c) => existsSync(c) && statSync(c).isFile())
        : undefined;
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(found)] ?? 'application/octet-stream' });
    createReadStream(found).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('a stock classic site with the plugin added by one line', () => {
  const root = mkdtempSync(join(tmpdir(), 'lean-classic-'));
  const builds: Record<string, Built> = {};
  const started = performance.now();

  beforeAll(async () => {
    for (const [prefix, plugin] of [['lean', true], ...(STOCK ? [['stock', false] as const] : [])] as const) {
      // The small build is mostly start-up on one core: it runs beside the large one.
      const sizes = [3, 1000];
      const built = await Promise.all(sizes.map((posts) => build(makeSite(root, `${prefix}-${posts}`, posts, plugin))));
      sizes.forEach((posts, i) => {
        builds[`${prefix}-${posts}`] = built[i]!;
        console.log(`classic site ${prefix}-${posts}: built in ${built[i]!.seconds.toFixed(1)} s`);
      });
    }
  }, 600_000);

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    console.log(`classic site proof: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  }, 60_000);

  it('builds at 3 and 1,000 posts, every page through the plugin’s template', () => {
    for (const name of ['lean-3', 'lean-1000']) {
      const html = readFileSync(join(builds[name]!.dir, 'blog', POST, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<script[^>]*\bsrc=/);
      expect(tags(html, 'link').filter((link) => 'data-page-script' in link).length).toBeGreaterThan(0);
      expect(html).toContain('startPageScripts=');
      // The early controls' inline script and the class the plugin's theme puts on the toggle.
      expect(html).toContain('theme-color-mode-toggle');
    }
    expect(existsSync(join(builds['lean-1000']!.dir, 'blog', 'note-1000', 'index.html'))).toBe(true);
  });

  it(`loads at most ${MAX_GROWTH}× the JavaScript on a post’s page at 1,000 posts as at 3 (gzip)`, () => {
    const figures = (prefix: string) => {
      const [small, large] = [postPageJs(builds[`${prefix}-3`]!.dir), postPageJs(builds[`${prefix}-1000`]!.dir)];
      const ratio = large.gzip / small.gzip;
      console.log(
        `${prefix}: a post's initial JS, 3 posts ${small.gzip} B gzip (${small.raw} B raw), ` +
          `1,000 posts ${large.gzip} B gzip (${large.raw} B raw): ${ratio.toFixed(3)}× gzip, ` +
          `${(large.raw / small.raw).toFixed(3)}× raw; scripts ${large.scripts.join(' ')}`,
      );
      return ratio;
    };
    expect(figures('lean')).toBeLessThanOrEqual(MAX_GROWTH);
    if (STOCK) expect(figures('stock')).toBeGreaterThan(MAX_GROWTH);
  });

  it('in Chromium, a post of the 1,000-post build hydrates on first input and follows a link client-side', async () => {
    const { server, url } = await serve(builds['lean-1000']!.dir);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}/blog/${POST}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('Note 0002');
      expect(await page.locator('html').getAttribute('data-has-hydrated')).toBe('false');
      // The reader's first input starts the scripts, once input has been quiet for a moment.
      await page.mouse.move(20, 200);
      await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached', timeout: 15_000 });
      await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
      await page
        .getByRole('link', { name: /Note 0003/ })
        .first()
        .click();
      await page.waitForURL(/\/blog\/note-0003$/);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('Note 0003');
      expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});
