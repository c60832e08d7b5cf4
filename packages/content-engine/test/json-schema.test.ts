/** The JSON Schemas for editors come from the content model's zod schemas. */
import { describe, expect, it } from 'vitest';
import { renderSchema } from '../src/site/json-schema';
import { loadSite } from '../src';
import { FIXTURE_SITE } from './helpers';

const site = loadSite(FIXTURE_SITE);

describe('the post frontmatter JSON Schema', () => {
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
