/**
 * The importer takes its fields from the zod schema: which fields a post may carry over from its
 * source, and in which order they are written. A field added to the schema flows through import
 * with no other change, and a field order changed in the schema is the order of the output.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { importSource } from '../src/import/core';
import { postFrontMatterSchema, POST_FIELDS } from '../src/content/schema';
import { parsePost } from '../src/content/post';
import { fixtureSiteData } from './helpers';

/** The fixture site's tags and authors (the seed stories' own). */
const site = fixtureSiteData();

const SOURCE = `---
title: Pairing with support on a Friday
authors: [akecskes]
tags: [career]
date: 2024-03-08
keywords: [pairing, support]
canonical_url: https://old.example.com/pairing
---

Every Friday one developer sits with the support team, and nobody fixes bugs that day: we listen.
`;
const bytes = new TextEncoder().encode(SOURCE);

const keysOf = (text: string) => Object.keys(parsePost('p.md', text).data);

describe('fields come from the schema', () => {
  it('writes the fields in the schema order', () => {
    const result = importSource('pairing.md', bytes, {}, site);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const keys = keysOf(result.post.text);
    expect(keys).toEqual(POST_FIELDS.filter((field) => keys.includes(field)));
  });

  it('leaves out a field the schema does not have, and says so', () => {
    const result = importSource('pairing.md', bytes, {}, site);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(keysOf(result.post.text)).not.toContain('canonical_url');
    expect(result.post.changes).toContain(
      'left out field canonical_url: https://old.example.com/pairing (the site has no use for it)',
    );
  });

  it('keeps a field added to a copy of the schema, in the place the schema gives it', () => {
    const schema = z.strictObject({
      canonical_url: z.url().optional(),
      ...postFrontMatterSchema.shape,
    });
    const result = importSource('pairing.md', bytes, {}, { ...site, schema });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.post.frontMatter).toMatchObject({ canonical_url: 'https://old.example.com/pairing' });
    expect(result.post.text).toMatch(/^---\ncanonical_url: https:\/\/old\.example\.com\/pairing\ntitle: /);
    expect(result.post.changes.join('\n')).not.toContain('canonical_url');
  });

  it('refuses a value the added field does not accept, with the schema message', () => {
    const schema = postFrontMatterSchema.extend({
      canonical_url: z.url({ error: 'canonical_url must be a full URL' }).optional(),
    });
    const broken = new TextEncoder().encode(SOURCE.replace('https://old.example.com/pairing', 'not a url'));
    const result = importSource('pairing.md', broken, {}, { ...site, schema });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('canonical_url must be a full URL'),
    ]);
  });
});
