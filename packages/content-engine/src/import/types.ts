/** Shared shapes of the importer: what a reader produces and what the pipeline reports. */
import type { AuthorsFile, TagsFile, PostSchema, PostFrontMatter, SeriesFile } from '../content/schema';
import type { Site } from '../site/manifest';
import type { Finding } from '../check/finding';
import type { Position } from '../content/position';
import type { CheckContext } from '../check/context';

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
  /** The series (a key or title of series.yml) the story is a part of, and its part number. */
  series?: string;
  part?: number;
  /** Links to pages the site lacks keep their text and lose the link (each is reported). */
  unlinkMissing?: boolean;
}

/**
 * The fields the importer works out itself, from the source, the options and the site. Every
 * other field of the schema that a source has is kept as it is (when the schema accepts it).
 */
export const DECIDED_FIELDS: readonly (keyof PostFrontMatter)[] = [
  'title',
  'description',
  'subtitle',
  'slug',
  'date',
  'authors',
  'tags',
  'series',
  'part',
  'aliases',
  'legacy_id',
  'source_sha256',
];

/** The site's registries a post must agree with. */
export interface SiteData {
  /** The site imported into: its posts, docs and pages are what links resolve against. */
  site: Site;
  tags: TagsFile;
  authors: AuthorsFile;
  /** The series stories may belong to (none when left out). */
  series?: SeriesFile;
  /** The post schema: which fields a post may have, and their order. The site's own by default. */
  schema?: PostSchema;
  /** The site as the checks read it: filled on first use, so a batch reads the site once. */
  context?: CheckContext;
}

/**
 * Something that stops an import: what is wrong, the fix, and where in the source it is (no
 * position: the file as a whole, or a missing option).
 */
export interface Problem {
  message: string;
  /** A rule id, as the checks name theirs; `import` when none applies. */
  rule?: string;
  suggestion?: string;
  at?: Position;
}

/** A value as the source spelled it, and where. */
export interface RawValue {
  value: string;
  at?: Position;
}

/** A tag or category as the source spelled it. */
export interface RawTag extends RawValue {
  kind: 'tag' | 'category';
}

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
  authors: RawValue[];
  tags: RawTag[];
  /** The series the source names (by key or by title), and its part, as written. */
  series?: RawValue;
  part?: RawValue;
  /** Old site paths, in the order they were found. */
  aliases: string[];
  legacyId?: string | number;
  /** Fields of the schema carried over as they were, each already valid on its own. */
  kept: Record<string, unknown>;
  body: string;
}

/** The outcome of reading one source: a draft, what was changed, and what stops the import. */
export interface ReadResult {
  draft: Draft;
  changes: string[];
  problems: Problem[];
}

/** A source the importer will not read at all (code frontmatter, binary, too large…). */
export class Refusal extends Error {
  constructor(
    message: string,
    /** Where in the source, when the reason has a place. */
    readonly at?: Position,
    /** The checks' rule id when they have one for it (frontmatter-language, invalid-utf8…). */
    readonly rule = 'refused',
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export interface ImportedPost {
  shape: Shape;
  slug: string;
  frontMatter: PostFrontMatter;
  /** The whole post file. */
  text: string;
  sha256: string;
  changes: string[];
}

/** What stops an import: findings located in the source file, each with its fix. */
export type ImportResult = { ok: true; post: ImportedPost } | { ok: false; shape?: Shape; problems: Finding[] };

/** One source read and decided: a post not yet proven against the site. */
export interface Candidate {
  /** The source path as given: findings name it. */
  path: string;
  /** The source after encoding repairs, which findings' lines refer to. */
  source: string;
  shape: Shape;
  /** The post as it would be written; with problems, a stand-in whose body can still be checked. */
  post: ImportedPost;
  problems: Finding[];
}
