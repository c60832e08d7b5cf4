/**
 * `sde-content schema` (`npm run schema [-- --check]`), in the site's folder: writes the content
 * model as JSON Schema to the manifest's schema folder. `--check` writes nothing and fails when a
 * committed file is out of date. Exit codes: 0 done or up to date, 1 out of date (--check), 2 wrong
 * usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchema, SCHEMA_FILES, schemaFile } from '../site/json-schema';
import { loadSite } from '../site/manifest';
import { parseCommandLine, processIo, runDirectly, type Io } from './index';

export const USAGE = `Usage: npm run schema -- [options]

Writes the frontmatter, tags, authors, series and site manifest schemas as JSON Schema, for editors.

Options:
  --check                 write nothing; fail when a committed schema file is out of date
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  let stale = 0;
  const site = loadSite(io.cwd);
  for (const name of Object.keys(SCHEMA_FILES)) {
    const file = schemaFile(site, name);
    const text = renderSchema(site, name);
    const path = join(site.dir, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is stale.
    }
    if (current === text) continue;
    stale++;
    if (values.check) io.err(`${file} is out of date: run npm run schema`);
    else {
      writeFileSync(path, text);
      io.out(`wrote ${file}`);
    }
  }
  return values.check && stale > 0 ? 1 : 0;
}

runDirectly(import.meta, main);
