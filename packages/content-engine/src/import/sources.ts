/**
 * The importer's reads of its inputs: the source files a command line names, and their bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../content/frontmatter';
import { Refusal } from './types';

/** Source files the importer looks at inside a folder. */
export const SOURCE_EXTENSIONS = /\.(md|markdown|mdx|txt|text)$/i;

/** A file: itself. A folder: the source files anywhere under it (hidden ones left out), sorted. */
export function listSources(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) files.push(path);
    }
  };
  walk(input);
  return files;
}

/** The bytes of a source; refuses what is not a regular file, or is too large, before reading it. */
export function readSource(path: string): Uint8Array {
  const stat = statSync(path);
  if (!stat.isFile()) throw new Refusal('not a regular file');
  // Refused before reading, so a huge file costs nothing.
  if (stat.size > MAX_FILE_BYTES) {
    throw new Refusal(
      `the file is ${stat.size} bytes, over the limit of ${MAX_FILE_BYTES}: a story is never that long`,
    );
  }
  return readFileSync(path);
}
