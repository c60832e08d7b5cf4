/**
 * npm run schema: writes the content model as JSON Schema, for editors that complete and
 * validate frontmatter and the yml data files. `--check` fails when the committed files are stale.
 */
import * as z from 'zod';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postFrontMatterSchema, tagsFileSchema, authorsFileSchema } from './schema';

export const SCHEMA_FILES: Record<string, z.ZodType> = {
  'schema/post-frontmatter.schema.json': postFrontMatterSchema,
  'schema/tags.schema.json': tagsFileSchema,
  'schema/authors.schema.json': authorsFileSchema,
};

const TITLES: Record<string, string> = {
  'schema/post-frontmatter.schema.json': 'Frontmatter of a Support-Driven Engineering post',
  'schema/tags.schema.json': 'blog/tags.yml of Support-Driven Engineering',
  'schema/authors.schema.json': 'blog/authors.yml of Support-Driven Engineering',
};

/** The JSON text of one schema file, exactly as committed. */
export function renderSchema(file: string): string {
  // Refinements (a real calendar date, for instance) have no JSON Schema form: the checks keep them.
  const schema = z.toJSONSchema(SCHEMA_FILES[file]!, { unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify({ title: TITLES[file], ...schema }, null, 2)}\n`;
}

function main(): number {
  const checkOnly = process.argv.includes('--check');
  let stale = 0;
  for (const file of Object.keys(SCHEMA_FILES)) {
    const text = renderSchema(file);
    const path = join(process.cwd(), file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is stale.
    }
    if (current === text) continue;
    stale++;
    if (checkOnly) console.error(`${file} is out of date: run npm run schema`);
    else {
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
    }
  }
  return checkOnly && stale > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('json-schema.ts')) process.exitCode = main();
