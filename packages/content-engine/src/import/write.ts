/**
 * The only module of the importer that writes. A post is written to a temporary file next to its
 * target and then linked into place, which fails if the target exists: nothing is overwritten and
 * nothing is left half-written.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { listMarkdownFiles } from '../content/load';
import { ContentError, parsePost } from '../content/post';
import { Refusal } from './types';

/** sha256 of each source already imported into `outDir`, mapped to the post that holds it. */
export function importedSources(outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(outDir)) return found;
  for (const file of listMarkdownFiles(outDir, '.')) {
    try {
      const hash = parsePost(file, readFileSync(join(outDir, file), 'utf8')).data.source_sha256;
      if (typeof hash === 'string') found.set(hash, join(outDir, file));
    } catch (error) {
      // A broken post is the checks' business; it cannot be a match either way.
      if (!(error instanceof ContentError)) throw error;
    }
  }
  return found;
}

/** Where the post for `slug` goes; refuses anything that would land outside `outDir`. */
export function targetPath(outDir: string, slug: string): string {
  const root = existsSync(outDir) ? realpathSync(outDir) : resolve(outDir);
  const target = resolve(root, `${slug}.md`);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || dirname(inside) !== '.') {
    throw new Refusal(`the post "${slug}.md" would be written outside ${outDir}: refused`);
  }
  return target;
}

/** `.<post>.md.<pid>.<random>.tmp`: hidden, and not .md, so neither the site nor the checks read it. */
const TEMPORARY = /^\..+\.md\.(\d+)\.[0-9a-f]+\.tmp$/;

function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Remove temporary files that an importer killed mid-write (SIGKILL, power cut) left in `outDir`.
 * Only files whose process is gone are removed, so a concurrent import keeps its own.
 */
export function removeStaleTemporaries(outDir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(join(outDir, name), { force: true });
    removed.push(join(outDir, name));
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Write `text` to `target`, which must not exist yet. */
export function writeNewFile(target: string, text: string): void {
  const temporary = temporaryPath(target);
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    try {
      // link() refuses an existing target atomically, where rename() would replace it.
      linkSync(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Refusal(`${target} already exists: it was left untouched`);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      // File systems without hard links: check, then rename (a small race, but never a partial file).
      if (existsSync(target)) throw new Refusal(`${target} already exists: it was left untouched`);
      renameSync(temporary, target);
    }
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Write every post or none: if one write fails, the ones already written are removed again. */
export function writeAll(outDir: string, posts: { target: string; text: string }[]): void {
  mkdirSync(outDir, { recursive: true });
  removeStaleTemporaries(outDir);
  const written: string[] = [];
  try {
    for (const post of posts) {
      writeNewFile(post.target, post.text);
      written.push(post.target);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}

/** A path as the person running the command would type it: relative when under cwd. */
export function displayPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
