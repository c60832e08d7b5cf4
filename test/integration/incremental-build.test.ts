/**
 * A rebuild that reuses its caches writes what a cold build writes. A copy of the site is built cold
 * (filling the bundler's persistent cache and the cards' cache), one post's body is edited, and it
 * is built again; then its caches are removed and it is built cold once more, in the same folder
 * (absolute paths reach the bundler's hashes). The rebuild draws no card, since the edit changes
 * nothing a card shows.
 *
 * Every file of the two builds is the same, byte for byte, with one known exception: Rspack's
 * compilation hash (`[fullhash]`) comes out different when modules come from its persistent cache,
 * though every chunk's content is the same. The route shards name async chunks `<id>.<that hash>.js`
 * (so the runtime needs no map of chunk hashes), so those names, the runtime that builds them (whose
 * minified names follow the hash's letters) and the one page that loads the runtime (search) differ
 * by that hash alone. The test compares those chunks by content, counts the runtime by its
 * presence, and compares everything else byte for byte (main.js too: it once held the plugins'
 * global data in the order their `allContentLoaded` finished, which this test caught).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPosts, loadSite } from '@sde/content-engine';
import { copySite } from '../helpers/site';

function build(dir: string): string {
  const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', timeout: 280_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output.slice(-4000)).toBe(0);
  return output;
}

/** An author's fix to the body of the first post (nothing its card shows). */
function editFirstPost(dir: string): void {
  const [post] = loadPosts(loadSite(dir));
  appendFileSync(join(dir, post!.path), '\nOne more sentence, added after the first build.\n');
}

/** The runtime: counted by presence (see above). */
const ENTRY = /^assets\/js\/runtime~main\.[0-9a-f]+\.js$/;

/**
 * Path in build/ -> sha256 of its bytes, with the compilation hash in async chunks' names (and in
 * what names them) written as FULLHASH and the runtime's name with ENTRY for its hash. The runtime
 * itself counts by its presence only (see above).
 */
function fingerprintBuild(dir: string): Map<string, string> {
  const out = join(dir, 'build');
  const paths = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)));
  const fullHash = paths.map((path) => /^assets\/js\/\d+\.([0-9a-f]{8})\.js$/.exec(path)?.[1]).find(Boolean);
  const entries = paths.filter((path) => ENTRY.test(path));
  const normal = (text: string) => {
    let result = fullHash ? text.replaceAll(`.${fullHash}.js`, '.FULLHASH.js') : text;
    for (const entry of entries) {
      const name = entry.slice('assets/js/'.length);
      result = result.replaceAll(name, name.replace(/\.[0-9a-f]+\.js$/, '.ENTRY.js'));
    }
    return result;
  };
  const files = new Map<string, string>();
  for (const path of paths) {
    const bytes = readFileSync(join(out, path));
    const hashed = ENTRY.test(path)
      ? 'the runtime'
      : /\.(html|js|json)$/.test(path)
        ? normal(bytes.toString('utf8'))
        : bytes;
    files.set(normal(path), createHash('sha256').update(hashed).digest('hex'));
  }
  return files;
}

describe('a rebuild with warm caches after one post is edited', () => {
  const site = copySite({ app: true, posts: 'seeds', ownCaches: true });
  const caches = [join(site.dir, 'node_modules', '.cache'), join(site.dir, '.cache')];
  let rebuildLog = '';
  let warmFiles = new Map<string, string>();
  let coldFiles = new Map<string, string>();

  beforeAll(() => {
    build(site.dir);
    expect(existsSync(join(site.dir, 'node_modules', '.cache', 'rspack'))).toBe(true);
    editFirstPost(site.dir);
    rebuildLog = build(site.dir);
    warmFiles = fingerprintBuild(site.dir);
    for (const cache of caches) rmSync(cache, { recursive: true, force: true });
    build(site.dir);
    coldFiles = fingerprintBuild(site.dir);
  }, 900_000);
  afterAll(() => site.dispose());

  it('writes the same files as a cold build of the same content, byte for byte but for the compilation hash', () => {
    expect(warmFiles.size).toBeGreaterThan(50);
    const onlyIn = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((path) => !b.has(path));
    const differ = [...warmFiles].filter(([path, hash]) => coldFiles.has(path) && coldFiles.get(path) !== hash);
    expect({
      onlyWarm: onlyIn(warmFiles, coldFiles),
      onlyCold: onlyIn(coldFiles, warmFiles),
      differ: differ.map(([path]) => path),
    }).toEqual({ onlyWarm: [], onlyCold: [], differ: [] });
  });

  it('draws no card again: the edit changed nothing a card shows', () => {
    expect(rebuildLog).toMatch(/\[og-image\] (\d+) cards: 0 drawn, \1 from cache/);
  });
});
