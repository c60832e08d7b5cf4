/** What every rule may consult besides its own file: the site's registries, schema and pages. */
import { listContentFiles, BLOG_DIR, DOCS_DIR, TAGS_FILE, AUTHORS_FILE } from '../content/load';
import { tagsFileSchema, authorsFileSchema, postFrontMatterSchema, type PostSchema } from '../content/schema';
import type { TagsFile, AuthorsFile } from '../content/schema';
import { readDataFile, type DataFile } from './data-files';
import type { Finding } from './finding';
import { readSource, sourceFromText, type SourceFile } from './source';
import { buildSiteIndex, extendSiteIndex, type SiteIndex } from './site';

export interface CheckContext {
  siteDir: string;
  schema: PostSchema;
  tags: DataFile<TagsFile>;
  authors: DataFile<AuthorsFile>;
  sources: SourceFile[];
  site: SiteIndex;
}

/** A rule about one file. */
export type FileRule = (source: SourceFile, context: CheckContext) => Finding[];

/** A post not on disk yet (one the importer is about to write), checked as if it were. */
export interface AddedPost {
  /** Relative to the site root, such as blog/<slug>.md. */
  path: string;
  text: string;
}

/** Read every post and doc of the site once, and index what the site offers. */
export function loadContext(siteDir: string, schema: PostSchema = postFrontMatterSchema): CheckContext {
  const tags = readDataFile(siteDir, TAGS_FILE, tagsFileSchema, {});
  const authors = readDataFile(siteDir, AUTHORS_FILE, authorsFileSchema, {});
  const sources: SourceFile[] = [
    ...listContentFiles(siteDir, BLOG_DIR).map((file) => readSource(siteDir, file, 'post', schema)),
    ...listContentFiles(siteDir, DOCS_DIR).map((file) => readSource(siteDir, file, 'doc', schema)),
  ];
  const site = buildSiteIndex(siteDir, sources, tags.value, authors.value);
  return { siteDir, schema, tags, authors, sources, site };
}

/**
 * `context` with `added` posts in it, as if they were written (one at a path the site already
 * has replaces that file). The site is not read again.
 */
export function withPosts(context: CheckContext, added: AddedPost[]): CheckContext {
  if (added.length === 0) return context;
  const replaced = new Set(added.map((post) => post.path));
  const sources = added.map((post) => sourceFromText(post.path, 'post', post.text, context.schema));
  return {
    ...context,
    sources: [...context.sources.filter((source) => !replaced.has(source.path)), ...sources],
    site: extendSiteIndex(context.site, sources),
  };
}
