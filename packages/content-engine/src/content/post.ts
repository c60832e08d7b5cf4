/** Reading a post or doc page: the one entry point every script and test uses. */
import { parseFrontMatter, FrontMatterError, type ParsedFrontMatter } from './frontmatter';
import { formatLocated, type Located, type Position } from './position';
import {
  postFrontMatterSchema,
  docFrontMatterSchema,
  DOC_FIELDS,
  fieldsOf,
  type PostFrontMatter,
  type DocFrontMatter,
  type PostSchema,
} from './schema';
import type { z } from 'zod';

export interface ParsedPost extends ParsedFrontMatter {
  path: string;
  /** The text as given, for rules that look at the raw characters. */
  text: string;
}

/**
 * A problem in a file, located as precisely as the content allows. Its parts are data; `message`
 * is them formatted once, for code that only prints errors.
 */
export class ContentError extends Error implements Located {
  constructor(
    readonly file: string,
    /** What is wrong, without the location. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    readonly rule: string,
  ) {
    super(formatLocated({ file, line, column, message: reason }));
    this.name = 'ContentError';
  }
}

/**
 * Split a Markdown file into YAML frontmatter and body. Non-YAML frontmatter (---js, ---coffee,
 * TOML) and malformed YAML throw ContentError; nothing in the file is ever evaluated.
 */
export function parsePost(path: string, text: string): ParsedPost {
  try {
    // Not a spread: that would work out the lazy `positions` at once.
    return Object.assign(parseFrontMatter(text), { path, text });
  } catch (error) {
    if (error instanceof FrontMatterError) {
      throw new ContentError(path, error.message, error.line, error.column, error.rule);
    }
    throw error;
  }
}

export interface FieldIssue {
  /** Dotted path of the field ("tags.1"), or "" for the whole frontmatter. */
  field: string;
  message: string;
  position: Position;
  /** For an unknown field: the known field it was probably meant to be. */
  unknownKey?: string;
}

export type Validation<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: FieldIssue[] };

/** Validate against the site's post schema, or an extension of it. */
export function validatePostFrontMatter(
  post: ParsedFrontMatter,
  schema: PostSchema = postFrontMatterSchema,
): Validation<PostFrontMatter> {
  return validate(schema as typeof postFrontMatterSchema, fieldsOf(schema), post);
}

export function validateDocFrontMatter(doc: ParsedFrontMatter): Validation<DocFrontMatter> {
  return validate(docFrontMatterSchema, DOC_FIELDS, doc);
}

function validate<T>(schema: z.ZodType<T>, fields: readonly string[], post: ParsedFrontMatter): Validation<T> {
  const result = schema.safeParse(post.data);
  if (result.success) return { ok: true, value: result.data, issues: [] };
  const fallback: Position = { line: 1, column: 1 };
  // Point at the value when there is one (`date: 2026-02-30` -> the date), else at the key.
  const locate = (path: string): Position =>
    post.positions[`${path}=`] ?? post.positions[path] ?? post.positions[`${path.split('.')[0]}`] ?? fallback;
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          field: key,
          message: `unknown field "${key}"; known fields are ${fields.join(', ')}`,
          position: locate(key),
          unknownKey: key,
        });
      }
    } else if (issue.path.length === 1 && !(field in post.data)) {
      issues.push({ field, message: `missing required field "${field}"`, position: fallback });
    } else {
      issues.push({ field, message: issue.message, position: locate(field) });
    }
  }
  return { ok: false, issues };
}
