import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchema, SCHEMA_FILES, schemaFile } from '../../packages/content-engine/src/content/json-schema';
import { loadSite } from '@sde/content-engine';
import { ROOT } from '../helpers/paths';

const site = loadSite(ROOT);

describe('the committed JSON Schema files', () => {
  it.each(Object.keys(SCHEMA_FILES))('%s is up to date with the content model (npm run schema)', (name) => {
    expect(readFileSync(join(ROOT, schemaFile(site, name)), 'utf8')).toBe(renderSchema(site, name));
  });

  it('describes every post field with its type, and requires the six core fields', () => {
    const schema = JSON.parse(renderSchema(site, 'post-frontmatter.schema.json')) as {
      required: string[];
      properties: Record<string, { type?: string; description?: string }>;
      additionalProperties: boolean;
    };
    expect(schema.required.sort()).toEqual(['authors', 'date', 'description', 'slug', 'tags', 'title']);
    expect(schema.properties.tags!.type).toBe('array');
    expect(schema.properties.slug!.description).toMatch(/\/blog\/<slug>/);
    expect(schema.additionalProperties).toBe(false);
  });
});
