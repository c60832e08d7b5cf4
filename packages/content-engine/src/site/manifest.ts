/**
 * The site manifest, `site.yml` at the root of a site: where the content lives and which routes it
 * becomes. Every tool that needs one of these facts (the Docusaurus config, the checks, the
 * importer, permalinks, the site's plugins and its tests) reads it from here, so each fact is
 * written once. It is data, read with the same safe YAML reader as every content file.
 *
 * Names follow Docusaurus's blog and docs options where there is one (`path`, `routeBasePath`,
 * `postsPerPage`...), and so do the defaults: a manifest states only what differs.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { LineCounter, isMap, isScalar, type Document } from 'yaml';
import * as z from 'zod';
import { ContentError } from '../content/post';
import { parseYaml, YamlError } from '../content/yaml';
import type { Position } from '../content/position';

/** The manifest's file name, at the root of a site. */
export const MANIFEST_FILE = 'site.yml';

/** A folder inside the site: relative, forward slashes, never leaving the site. */
const folder = z
  .string()
  .min(1)
  .refine((path) => !isAbsolute(path) && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a folder inside the site, such as "blog"',
  });

/** A file name inside its folder. */
const fileName = z
  .string()
  .min(1)
  .regex(/^[^\\/]+$/, { message: 'must be a file name, without a folder' });

/** A URL path segment such as "blog", or "" for the site's root. */
const routeBase = z
  .string()
  .regex(/^[a-z0-9/_-]*$/i, { message: 'must be a URL path such as "blog", without a domain' })
  .transform((path) => path.replace(/^\/+|\/+$/g, ''));

/** A route of the site, such as "/search". */
const route = z.string().regex(/^\/[^\s?#]*$/, { message: 'must be a site route that starts with /, such as /search' });

export const FEED_TYPES = ['rss', 'atom', 'json'] as const;
export type FeedType = (typeof FEED_TYPES)[number];
/** The file each feed type is published as, under the blog's route (Docusaurus's names). */
export const FEED_FILES: Record<FeedType, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

export const siteManifestSchema = z.strictObject({
  title: z.string().min(1).describe("The site's name, in titles, feeds and cards"),
  description: z.string().min(1).optional().describe('One sentence about the site, for feeds and llms.txt'),
  blog: z
    .strictObject({
      path: folder.default('blog').describe('Folder of the posts'),
      routeBasePath: routeBase.default('blog').describe('Route of the blog: posts are at /<routeBasePath>/<slug>'),
      tags: fileName.default('tags.yml').describe('The tags vocabulary, inside the blog folder'),
      authors: fileName.default('authors.yml').describe('The authors, inside the blog folder'),
      series: fileName
        .default('series.yml')
        .describe('The series stories belong to, inside the blog folder (the file may be absent or empty)'),
      permalinks: fileName.default('permalinks.lock').describe('Every published post URL, inside the blog folder'),
      postsPerPage: z.number().int().positive().default(10).describe('Posts on each page of the blog list'),
      feedSize: z.number().int().positive().default(20).describe('Newest posts each feed carries'),
      feeds: z
        .array(z.enum(FEED_TYPES))
        .default([...FEED_TYPES])
        .describe('Feed types published'),
      tagsBasePath: routeBase.default('tags').describe('Route of the tag pages, under the blog'),
      authorsBasePath: routeBase.default('authors').describe('Route of the author pages, under the blog'),
      seriesBasePath: routeBase
        .default('series')
        .describe('Route of the series index and of each series page, under the blog'),
      pageBasePath: routeBase.default('page').describe('Route of list pages 2, 3..., under the blog'),
      archiveBasePath: routeBase.default('archive').describe('Route of the archive, under the blog'),
    })
    .prefault({}),
  docs: z
    .strictObject({
      path: folder.default('docs').describe('Folder of the docs'),
      routeBasePath: routeBase.default('docs').describe('Route of the docs'),
    })
    .prefault({}),
  static: folder.default('static').describe('Folder served as is at the site root'),
  pages: folder.default('src/pages').describe('Folder whose files become pages at their paths'),
  schema: folder.default('schema').describe('Folder the JSON Schemas for editors are written to'),
  routes: z
    .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), route)
    .default({})
    .describe('Other pages the site has, by name (the search page, say): links to them are valid'),
});

export type SiteManifest = z.input<typeof siteManifestSchema>;
type Manifest = z.output<typeof siteManifestSchema>;

/** A site: its manifest with every default filled in, and the folder it is in. */
export interface Site extends Manifest {
  /** Absolute path of the site's folder. */
  dir: string;
}

/** The manifest's values for a site in `dir` (defaults for anything it leaves out). */
export function resolveSite(dir: string, manifest: SiteManifest): Site {
  return { ...siteManifestSchema.parse(manifest), dir: resolve(dir) };
}

/** Where in the manifest a key path is written, for error messages. */
function positionOf(doc: Document, lines: LineCounter, path: PropertyKey[]): Position {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (!isMap(parent)) continue;
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[depth - 1]));
    const node = (pair?.value ?? pair?.key) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const at = lines.linePos(node.range[0]);
      return { line: at.line, column: at.col };
    }
  }
  return { line: 1, column: 1 };
}

/**
 * Parse a manifest's text. A YAML error or a wrong value throws ContentError at its line, naming
 * the field: `site.yml:4:11: blog.postsPerPage: Too small: expected number to be >0`.
 */
export function parseManifest(text: string, file = MANIFEST_FILE): SiteManifest {
  const lines = new LineCounter();
  let parsed;
  try {
    parsed = parseYaml(text, lines);
  } catch (error) {
    if (error instanceof YamlError)
      throw new ContentError(file, error.message, error.line, error.column, 'site-manifest');
    throw error;
  }
  const result = siteManifestSchema.safeParse(parsed.value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const where = path.map(String).join('.');
    const at = positionOf(parsed.doc, lines, path);
    const message =
      issue.code === 'unrecognized_keys' ? `unknown field "${where}"` : `${where ? `${where}: ` : ''}${issue.message}`;
    throw new ContentError(file, message, at.line, at.column, 'site-manifest');
  }
  return parsed.value as SiteManifest;
}

/** The site whose manifest is `<dir>/site.yml`. A missing or invalid manifest throws ContentError. */
export function loadSite(dir: string): Site {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ContentError(
      MANIFEST_FILE,
      `cannot be read (${code}): every site has a ${MANIFEST_FILE} at its root (in ${resolve(dir)})`,
      1,
      1,
      'site-manifest',
    );
  }
  return resolveSite(dir, parseManifest(text));
}

/** A path inside the site, relative to its folder, with forward slashes: `blog/tags.yml`. */
export const sitePath = (...parts: string[]): string => posix.join(...parts);

/** `absolute`'s path inside the site (forward slashes), or undefined when it is outside it. */
export function pathInSite(site: Pick<Site, 'dir'>, absolute: string): string | undefined {
  const inside = relative(site.dir, absolute).split(sep).join('/');
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : inside;
}

/** The blog's folder, absolute: where `new` and `import` write posts unless told otherwise. */
export const blogDir = (site: Pick<Site, 'dir' | 'blog'>): string => join(site.dir, site.blog.path);
