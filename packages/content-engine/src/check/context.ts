/** What every rule may consult besides its own file: the site's registries, schema and pages. */
import { listContentFiles } from '../content/load';
import { siteNow } from '../content/schedule';
import type { Site } from '../site/manifest';
import { authorsFile, seriesFile, tagsFile } from '../site/routes';
import {
  tagsFileSchema,
  authorsFileSchema,
  seriesFileSchema,
  postFrontMatterSchema,
  type PostSchema,
} from '../content/schema';
import type { TagsFile, AuthorsFile, SeriesFile } from '../content/schema';
import { readDataFile, type DataFile } from './data-files';
import type { Finding } from './finding';
import { readSource, sourceFromText, type SourceFile } from './source';
import { buildSiteIndex, extendSiteIndex, type SiteIndex } from './site';

export interface CheckContext {
  /** The site checked: its folder and manifest. */
  site: Site;
  schema: PostSchema;
  tags: DataFile<TagsFile>;
  authors: DataFile<AuthorsFile>;
  /** The series file; a site without one has no series. */
  series: DataFile<SeriesFile>;
  sources: SourceFile[];
  /** What the whole site offers to links. */
  index: SiteIndex;
  /** Now (content/schedule.ts): posts dated after it are scheduled. */
  now: Date;
}

/** A rule about one file. */
export type FileRule = (source: SourceFile, context: CheckContext) => Finding[];

/** A post not on disk yet (one the importer is about to write), checked as if it were. */
export interface AddedPost {
  /** Relative to the site root, such as blog/<slug>.md. */
  path: string;
  text: string;
}

/** The site's registries, each with its findings: tags, authors and (optional) series. */
export function readRegistries(site: Site): Pick<CheckContext, 'tags' | 'authors' | 'series'> {
  return {
    tags: readDataFile(site.dir, tagsFile(site), tagsFileSchema, {}),
    authors: readDataFile(site.dir, authorsFile(site), authorsFileSchema, {}),
    series: readDataFile(site.dir, seriesFile(site), seriesFileSchema, {}, { optional: true }),
  };
}

/** Read every post and doc of the site once, and index what the site offers. */
export function loadContext(
  site: Site,
  schema: PostSchema = postFrontMatterSchema,
  now: Date = siteNow(),
): CheckContext {
  const { tags, authors, series } = readRegistries(site);
  const sources: SourceFile[] = [
    ...listContentFiles(site.dir, site.blog.path).map((file) => readSource(site.dir, file, 'post', schema)),
    ...listContentFiles(site.dir, site.docs.path).map((file) => readSource(site.dir, file, 'doc', schema)),
  ];
  const index = buildSiteIndex(site, sources, tags.value, authors.value, series.value, now);
  return { site, schema, tags, authors, series, sources, index, now };
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
    index: extendSiteIndex(context.site, context.index, sources),
  };
}
