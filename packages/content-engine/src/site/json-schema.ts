/**
 * The content model as JSON Schema, for editors that complete and validate frontmatter and the
 * yml data files: one text per schema file, written by `npm run schema` (src/cli/schema.ts).
 */
import * as z from 'zod';
import { join } from 'node:path';
import { postFrontMatterSchema, tagsFileSchema, authorsFileSchema, seriesFileSchema } from '../content/schema';
import { MANIFEST_FILE, siteManifestSchema, type Site } from './manifest';
import { authorsFile, seriesFile, tagsFile } from './routes';

/** Each schema file (in the manifest's schema folder) and the title it gives itself. */
export const SCHEMA_FILES: Record<string, { schema: z.ZodType; title: (site: Site) => string }> = {
  'post-frontmatter.schema.json': {
    schema: postFrontMatterSchema,
    title: (site) => `Frontmatter of a ${site.title} post`,
  },
  'tags.schema.json': { schema: tagsFileSchema, title: (site) => `${tagsFile(site)} of ${site.title}` },
  'authors.schema.json': { schema: authorsFileSchema, title: (site) => `${authorsFile(site)} of ${site.title}` },
  'series.schema.json': { schema: seriesFileSchema, title: (site) => `${seriesFile(site)} of ${site.title}` },
  'site.schema.json': { schema: siteManifestSchema, title: (site) => `${MANIFEST_FILE} of ${site.title}` },
};

/** Where a schema file is written: the manifest's schema folder. */
export const schemaFile = (site: Pick<Site, 'schema'>, name: string): string => join(site.schema, name);

/** The JSON text of one schema file, exactly as committed. */
export function renderSchema(site: Site, name: string): string {
  const { schema, title } = SCHEMA_FILES[name]!;
  // Refinements (a real calendar date, for instance) have no JSON Schema form: the checks keep them.
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify({ title: title(site), ...json }, null, 2)}\n`;
}
