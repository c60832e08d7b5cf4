/**
 * Where the upstream files the canaries read are installed, found from this package as Node
 * would find them (never through the site).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** This package's folder. */
export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = join(PACKAGE_DIR, 'src');

/** An installed package's folder. */
export function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    // A package whose `exports` leave out package.json: walk up from its entry.
    let dir = dirname(require.resolve(name));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    return dir;
  }
}

/** The text of a file of an installed package. */
export const upstream = (name: string, ...parts: string[]) => readFileSync(join(packageDir(name), ...parts), 'utf8');

/** `@docusaurus/<name>/lib`. */
export const docusaurusLib = (name: string) => join(packageDir(`@docusaurus/${name}`), 'lib');
