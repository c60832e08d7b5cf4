/**
 * The import of one source, as a pure function: bytes and decisions in, a post (or the reasons
 * there cannot be one) out. Nothing here touches the file system.
 */
import { createHash } from 'node:crypto';
import { MAX_FILE_BYTES } from '../content/frontmatter';
import { ContentError, parsePost, validatePostFrontMatter } from '../content/post';
import { decodeUtf8 } from '../content/text';
import { bytePositionAt } from '../content/position';
import type { PostFrontMatter } from '../content/schema';
import { detectShape } from './detect';
import { readDocusaurus } from './docusaurus';
import { readJekyll } from './jekyll';
import { readText } from './text';
import { formatPost } from './format';
import { scanMarkdown } from '../check/markdown';
import { unsafeContentRule } from '../check/rules/unsafe';
import {
  cleanText,
  ensureTruncate,
  mapAuthors,
  mapTags,
  resolveDate,
  resolveDescription,
  resolveSlug,
  tidyBody,
} from './normalise';
import { Refusal, type ImportOptions, type ReadResult, type Shape, type SiteData } from './types';

export interface ImportedPost {
  shape: Shape;
  slug: string;
  frontMatter: PostFrontMatter;
  /** The whole post file. */
  text: string;
  sha256: string;
  changes: string[];
}

export type ImportResult = { ok: true; post: ImportedPost } | { ok: false; shape?: Shape; problems: string[] };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode a source, refusing what is not a text file the importer can read safely. */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new Refusal(
      `the file is ${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES}: a story is never that long`,
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    if (/UTF-16/.test(decoded.reason)) throw new Refusal(decoded.reason);
    const { line, column } = bytePositionAt(bytes, decoded.offset);
    throw new Refusal(`${decoded.reason} (first bad byte at line ${line}, column ${column}); it may be a binary file`);
  }
  const nul = decoded.text.indexOf('\0');
  if (nul !== -1) throw new Refusal('the file contains NUL bytes: it is a binary file, not text');
  return decoded.text;
}

/**
 * What in a story's body the checks would reject as unsafe or lost, as problems: the importer
 * must not write a post that fails `npm run check`, and it cannot decide how to fix these.
 */
function unsafeProblems(path: string, source: string, body: string): string[] {
  const problems: string[] = [];
  const markdown = scanMarkdown(body);
  for (const finding of unsafeContentRule({ path, kind: 'post', issues: [], findings: [], markdown })) {
    problems.push(`line ${finding.line} of the story: ${finding.message}: ${finding.suggestion ?? 'remove it'}`);
  }
  // Anywhere in the source: a lost character in the title is as lost as one in the story.
  const lost = source.indexOf('\uFFFD');
  if (lost !== -1) {
    const line = source.slice(0, lost).split('\n').length;
    problems.push(
      `line ${line}: U+FFFD (�) stands where a character was lost before the file reached you: put the right character back`,
    );
  }
  return problems;
}

/** Import one source. Refusals throw Refusal; undecidable posts come back as problems. */
export function importSource(path: string, bytes: Uint8Array, options: ImportOptions, site: SiteData): ImportResult {
  const cleaned = cleanText(decodeSource(bytes));
  let parsed;
  try {
    parsed = parsePost(path, cleaned.text);
  } catch (error) {
    if (error instanceof ContentError) {
      throw new Refusal(`line ${error.line}: ${error.reason}`);
    }
    throw error;
  }
  const shape = options.from ?? detectShape(path, parsed).shape;
  let read: ReadResult;
  if (shape === 'text') {
    if (parsed.hasFrontMatter) throw new Refusal('--from text was given, but the file starts with frontmatter');
    read = readText(path, cleaned.text);
  } else if (shape === 'jekyll') {
    read = readJekyll(path, parsed.data, parsed.content);
  } else {
    read = readDocusaurus(parsed.data, parsed.content);
  }
  const { draft } = read;
  const changes = [...cleaned.changes, ...read.changes];
  const problems = [...read.problems];

  const tidy = tidyBody(draft.body);
  changes.push(...tidy.changes);
  const truncated = ensureTruncate(tidy.body);
  changes.push(...truncated.changes);

  problems.push(...unsafeProblems(path, cleaned.text, truncated.body));

  const title = options.title?.trim() || draft.title;
  if (options.title?.trim()) changes.push('title from --title');
  if (!title) problems.push('no title: pass --title "<title>"');

  const steps = [
    resolveSlug(draft.slug, options.slug, title),
    resolveDate(draft.date, options.date),
    resolveDescription(options.description, draft.description, draft.subtitle, tidy.body),
  ] as const;
  const [slug, date, description] = steps;
  const authors = mapAuthors(draft.authors, options.author, site.authors);
  const tags = mapTags(draft.tags, options.tags ?? [], site.tags, options.ignoreUnknownTags);
  for (const step of [...steps, authors, tags]) {
    changes.push(...step.changes);
    problems.push(...step.problems);
  }
  if (problems.length > 0 || !title || !slug.slug || !date.date || !description.description) {
    return { ok: false, shape, problems };
  }

  const hash = sha256(bytes);
  const frontMatter: PostFrontMatter = {
    title,
    description: description.description,
    ...(draft.subtitle !== undefined ? { subtitle: draft.subtitle } : {}),
    slug: slug.slug,
    date: date.date,
    authors: authors.keys,
    tags: tags.keys,
    ...(draft.aliases.length > 0 ? { aliases: draft.aliases } : {}),
    ...draft.kept,
    ...(options.featured ? { featured: true } : {}),
    ...(draft.legacyId !== undefined ? { legacy_id: draft.legacyId } : {}),
    source_sha256: hash,
  };
  const text = formatPost(frontMatter, truncated.body);
  // The written file must read back as a valid post; anything else is refused, not written.
  const check = validatePostFrontMatter(parsePost(`${slug.slug}.md`, text));
  if (!check.ok) {
    return {
      ok: false,
      shape,
      problems: check.issues.map((issue) => `${issue.field || 'frontmatter'}: ${issue.message}`),
    };
  }
  return { ok: true, post: { shape, slug: slug.slug, frontMatter, text, sha256: hash, changes } };
}
