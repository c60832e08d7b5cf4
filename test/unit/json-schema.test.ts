/** The site's committed JSON Schema files (schema/, for editors) match what `npm run schema` writes. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite, renderSchema, SCHEMA_FILES, schemaFile } from '@sde/content-engine';
import { ROOT } from '../helpers/paths';

const site = loadSite(ROOT);

describe('the committed JSON Schema files', () => {
  it.each(Object.keys(SCHEMA_FILES))('%s is up to date with the content model (npm run schema)', (name) => {
    expect(readFileSync(join(ROOT, schemaFile(site, name)), 'utf8')).toBe(renderSchema(site, name));
  });
});
