/** Shared shapes of the importer: what a reader produces and what the pipeline reports. */
import type { AuthorsFile, PostFrontMatter, TagsFile } from '../content/schema';

export type Shape = 'docusaurus' | 'jekyll' | 'text';
export const SHAPES: readonly Shape[] = ['docusaurus', 'jekyll', 'text'];

/** What the person running the import decided; each field overrides what the source says. */
export interface ImportOptions {
  author?: string;
  tags?: string[];
  date?: string;
  slug?: string;
  title?: string;
  description?: string;
  /** Skip shape detection. */
  from?: Shape;
  /** Leave out source tags and categories that match nothing in tags.yml (each is reported). */
  ignoreUnknownTags?: boolean;
  /** List the story on the Start here page (`featured: true`). */
  featured?: boolean;
}

/** The site's registries a post must agree with. */
export interface SiteData {
  tags: TagsFile;
  authors: AuthorsFile;
}

/** A tag or category as the source spelled it. */
export interface RawTag {
  value: string;
  kind: 'tag' | 'category';
}

/** Fields a post may carry over unchanged from a Docusaurus source. */
export type KeptFields = Pick<
  PostFrontMatter,
  'keywords' | 'image' | 'draft' | 'unlisted' | 'hide_table_of_contents' | 'featured'
>;

/** Everything a reader could learn from one source, before it is checked against the site. */
export interface Draft {
  shape: Shape;
  title?: string;
  /** A description the source itself had. */
  description?: string;
  subtitle?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** Slug the source asked for (Docusaurus `slug`, or the slug part of a Jekyll file name). */
  slug?: string;
  authors: string[];
  tags: RawTag[];
  /** Old site paths, in the order they were found. */
  aliases: string[];
  legacyId?: string | number;
  kept: KeptFields;
  body: string;
}

/** The outcome of reading one source: a draft, what was changed, and what stops the import. */
export interface ReadResult {
  draft: Draft;
  changes: string[];
  problems: string[];
}

/** A source the importer will not read at all (code frontmatter, binary, too large…). */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}
