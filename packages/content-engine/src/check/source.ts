/**
 * Reading one content file into everything the rules look at. A file that cannot be read,
 * decoded or parsed becomes a finding here, never an exception.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import {
  parsePost,
  validatePostFrontMatter,
  validateDocFrontMatter,
  ContentError,
  type ParsedPost,
} from '../content/post';
import { MAX_FILE_BYTES } from '../content/frontmatter';
import type { ContentFile } from '../content/load';
import {
  KEBAB_CASE,
  postFrontMatterSchema,
  type PostFrontMatter,
  type DocFrontMatter,
  type PostSchema,
} from '../content/schema';
import type { FieldIssue } from '../content/post';
import { decodeUtf8 } from '../content/text';
import { bytePositionAt, positionAt } from '../content/position';
import { scanMarkdown, type MarkdownFacts } from './markdown';
import { error, type Finding } from './finding';

export type SourceKind = 'post' | 'doc';

/** The slug a post claims, read leniently so one bad field elsewhere does not hide it. */
export function slugOf(source: SourceFile): string | undefined {
  const slug = source.post?.slug ?? source.parsed?.data.slug;
  return typeof slug === 'string' && KEBAB_CASE.test(slug) ? slug : undefined;
}

/** The aliases a post claims, read leniently like its slug. */
export function aliasesOf(source: SourceFile): string[] {
  const aliases = source.post?.aliases ?? source.parsed?.data.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a.startsWith('/')) : [];
}

export interface SourceFile {
  /** Relative to the site root, forward slashes. */
  path: string;
  kind: SourceKind;
  /** The decoded text, when the file could be decoded. */
  text?: string;
  parsed?: ParsedPost;
  /** Schema problems of the frontmatter (empty when valid). */
  issues: FieldIssue[];
  post?: PostFrontMatter;
  doc?: DocFrontMatter;
  markdown?: MarkdownFacts;
  /** Findings from reading the file (unreadable, undecodable, unparsable). */
  findings: Finding[];
}

const START = { line: 1, column: 1 };

export function readSource(
  siteDir: string,
  file: ContentFile,
  kind: SourceKind,
  schema: PostSchema = postFrontMatterSchema,
): SourceFile {
  const path = file.path;
  const fail = (rule: string, message: string, at = START): SourceFile => ({
    path,
    kind,
    issues: [],
    findings: [error(path, at, rule, message)],
  });
  const absolute = join(siteDir, path);

  let text: string;
  try {
    if (file.symlink) {
      const inside = relative(realpathSync(siteDir), realpathSync(absolute));
      if (inside.startsWith('..') || isAbsolute(inside)) {
        return fail('unreadable-file', 'this is a symbolic link to a file outside the site: copy the post in instead');
      }
    }
    // Node's own UTF-8 read is the fast path; it turns bad bytes into U+FFFD, so any U+FFFD
    // sends the file through the strict decoder to tell damage in the text from bad bytes.
    text = readFileSync(absolute, 'utf8');
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ERR_FS_FILE_TOO_LARGE')
      return fail('file-too-large', `file is over the limit of ${MAX_FILE_BYTES} bytes`);
    return fail('unreadable-file', `file cannot be read (${code})`);
  }
  if (text.length <= MAX_FILE_BYTES && text.includes('\uFFFD')) {
    const bytes = readFileSync(absolute);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return fail('invalid-utf8', decoded.reason, bytePositionAt(bytes, decoded.offset));
  }
  return sourceFromText(path, kind, text, schema);
}

/** Everything the rules look at in one file's decoded text (from disk, or about to be written). */
export function sourceFromText(
  path: string,
  kind: SourceKind,
  text: string,
  schema: PostSchema = postFrontMatterSchema,
): SourceFile {
  const source: SourceFile = { path, kind, issues: [], findings: [] };
  const fail = (rule: string, message: string, at = START) => {
    source.findings.push(error(path, at, rule, message));
    return source;
  };
  if (text.length > MAX_FILE_BYTES) {
    return fail('file-too-large', `file is ${Buffer.byteLength(text)} bytes, over the limit of ${MAX_FILE_BYTES}`);
  }
  source.text = text;
  if (text.includes('\0')) {
    return fail(
      'unreadable-file',
      'file contains NUL bytes: it is binary, not Markdown',
      positionAt(text, text.indexOf('\0')),
    );
  }

  try {
    source.parsed = parsePost(path, text);
  } catch (caught) {
    if (caught instanceof ContentError) {
      return fail(caught.rule, caught.reason, { line: caught.line, column: caught.column });
    }
    throw caught;
  }

  if (kind === 'post') {
    const result = validatePostFrontMatter(source.parsed, schema);
    if (result.ok) source.post = result.value;
    else source.issues = result.issues;
  } else {
    const result = validateDocFrontMatter(source.parsed);
    if (result.ok) source.doc = result.value;
    else source.issues = result.issues;
  }
  source.markdown = scanMarkdown(source.parsed.content, source.parsed.contentLine);
  return source;
}
