/**
 * The import of sources, as functions: bytes and decisions in, posts (or every reason there
 * cannot be one, located in the source) out. It reads the site it imports into; it writes nothing.
 *
 * Two steps: `draftImport` reads one source and decides everything a post needs; `proveImports`
 * runs the checks' own file rules on a batch of drafts, with links resolved against the site and
 * each other, exactly as `npm run check` would once the posts are written.
 */
import { createHash } from 'node:crypto';
import { MAX_FILE_BYTES } from '../content/frontmatter';
import { ContentError, parsePost, type ParsedPost } from '../content/post';
import { decodeUtf8 } from '../content/text';
import { bytePositionAt, START, type Position } from '../content/position';
import { unlink } from '../content/markdown';
import { postFrontMatterSchema, type PostFrontMatter, type PostSchema } from '../content/schema';
import { readAuthors, readTags } from '../content/load';
import { loadContext, withPosts, type CheckContext } from '../check/context';
import { uniquePermalinksRule } from '../check/rules/permalinks';
import { checkFile } from '../check/check';
import { resolveLink } from '../check/rules/links';
import { sourceFromText } from '../check/source';
import { error, type Finding } from '../check/finding';
import { didYouMean } from '../content/keys';
import { detectShape } from './detect';
import { readDocusaurus } from './docusaurus';
import { readJekyll } from './jekyll';
import { readText } from './text';
import { formatPost } from './format';
import { mapToSource } from './origin';
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
import { Refusal, type ImportOptions, type Problem, type ReadResult, type Shape, type SiteData } from './types';

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

/** One source read and decided, not yet proven against the site. */
export interface Draft {
  /** The source path as given: findings name it. */
  path: string;
  /** The source after encoding repairs, which findings' lines refer to. */
  source: string;
  shape: Shape;
  /** The post as it would be written; with problems, a stand-in whose body can still be checked. */
  post: ImportedPost;
  problems: Finding[];
}

/** The site to import into: its folder and its registries. */
export function readSite(dir: string, schema?: PostSchema): SiteData {
  return { dir, tags: readTags(dir), authors: readAuthors(dir), ...(schema ? { schema } : {}) };
}

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
    throw new Refusal(
      `${decoded.reason}; it may be a binary file`,
      bytePositionAt(bytes, decoded.offset),
      'invalid-utf8',
    );
  }
  const nul = decoded.text.indexOf('\0');
  if (nul !== -1) throw new Refusal('the file contains NUL bytes: it is a binary file, not text');
  return decoded.text;
}

const located = (path: string, problem: Problem, rule = 'import'): Finding =>
  error(path, problem.at ?? START, problem.rule ?? rule, problem.message, problem.suggestion);

function read(path: string, text: string, options: ImportOptions, site: SiteData): ReadResult & { shape: Shape } {
  let parsed;
  try {
    parsed = parsePost(path, text);
  } catch (caught) {
    if (caught instanceof ContentError) throw new Refusal(caught.reason, caught, caught.rule);
    throw caught;
  }
  const schema = site.schema ?? postFrontMatterSchema;
  const shape = options.from ?? detectShape(path, parsed).shape;
  if (shape === 'text') {
    if (parsed.hasFrontMatter) throw new Refusal('--from text was given, but the file starts with frontmatter');
    return { shape, ...readText(path, text) };
  }
  if (shape === 'jekyll') return { shape, ...readJekyll(path, parsed, schema) };
  return { shape, ...readDocusaurus(parsed, schema) };
}

/** Read one source and decide its post. Refusals throw Refusal; undecidable posts carry problems. */
export function draftImport(path: string, bytes: Uint8Array, options: ImportOptions, site: SiteData): Draft {
  const cleaned = cleanText(decodeSource(bytes));
  const { shape, draft, changes: readChanges, problems: readProblems } = read(path, cleaned.text, options, site);
  const changes = [...cleaned.changes, ...readChanges];
  const problems = [...readProblems];

  const tidy = tidyBody(draft.body);
  changes.push(...tidy.changes);
  const truncated = ensureTruncate(tidy.body, 'md');
  changes.push(...truncated.changes);

  const title = options.title?.trim() || draft.title;
  if (options.title?.trim()) changes.push('title from --title');
  if (!title) problems.push({ message: 'no title', suggestion: 'pass --title "<title>"' });

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

  const hash = sha256(bytes);
  // With problems the post is a stand-in: its body is still checked, so every finding shows at once.
  const frontMatter = {
    ...draft.kept,
    title: title ?? 'Untitled',
    description: description.description ?? 'A stand-in description, long enough for the checks to pass.',
    ...(draft.subtitle !== undefined ? { subtitle: draft.subtitle } : {}),
    slug: slug.slug ?? 'untitled',
    date: date.date ?? '2000-01-01',
    authors: authors.keys.length > 0 ? authors.keys : Object.keys(site.authors).slice(0, 1),
    tags: tags.keys.length > 0 ? tags.keys : Object.keys(site.tags).slice(0, 1),
    ...(draft.aliases.length > 0 ? { aliases: draft.aliases } : {}),
    ...(options.featured ? { featured: true } : {}),
    ...(draft.legacyId !== undefined ? { legacy_id: draft.legacyId } : {}),
    source_sha256: hash,
  } as PostFrontMatter;
  const text = formatPost(frontMatter, truncated.body, site.schema);
  return {
    path,
    source: cleaned.text,
    shape,
    post: { shape, slug: frontMatter.slug, frontMatter, text, sha256: hash, changes },
    problems: problems.map((problem) => located(path, problem)),
  };
}

/** Where a draft's post goes in the site: blog/<slug>.md unless the caller says otherwise. */
export type PlaceOf = (draft: Draft) => string;
const inBlog: PlaceOf = (draft) => `blog/${draft.post.slug}.md`;

/**
 * The checks' file rules on each draft's post, as part of the site it is written into. With
 * `unlinkMissing`, links to pages the site lacks lose their link and keep their text first.
 */
export function proveImports(
  drafts: Draft[],
  site: SiteData,
  options: Pick<ImportOptions, 'unlinkMissing'> = {},
  placeOf: PlaceOf = inBlog,
): ImportResult[] {
  if (drafts.length === 0) return [];
  const schema = site.schema ?? postFrontMatterSchema;
  const added = drafts.map((draft) => ({ path: placeOf(draft), text: draft.post.text }));
  if (site.context?.schema !== schema) site.context = loadContext(site.dir, schema);
  const context = withPosts(site.context, added);
  const permalinkFindings = uniquePermalinksRule(context.sources);
  return drafts.map((draft, i) => {
    let source = context.sources.find((s) => s.path === added[i]!.path)!;
    if (options.unlinkMissing) {
      const unlinked = unlinkMissing(draft, source.path, context);
      if (unlinked !== draft.post.text) {
        draft.post.text = unlinked;
        source = sourceFromText(source.path, 'post', unlinked, schema);
      }
    }
    const toSource = sourceMap(draft);
    const bodyLine = source.parsed?.contentLine ?? 1;
    const findings = [...checkFile(source, context), ...permalinkFindings.filter((f) => f.file === source.path)]
      // A draft with problems has stand-in frontmatter: only its story is worth checking.
      .filter((finding) => draft.problems.length === 0 || finding.line >= bodyLine)
      .map((finding) => ({
        ...finding,
        ...toSource(finding),
        file: draft.path,
        ...(finding.rule === 'broken-link' ? { suggestion: linkFix(finding.suggestion) } : {}),
      }));
    const problems = [...draft.problems, ...findings];
    return problems.length > 0
      ? { ok: false, shape: draft.shape, problems: problems.sort(byPosition) }
      : { ok: true, post: draft.post };
  });
}

/** Read, decide and prove one source. Refusals throw Refusal. */
export function importSource(path: string, bytes: Uint8Array, options: ImportOptions, site: SiteData): ImportResult {
  return proveImports([draftImport(path, bytes, options, site)], site, options)[0]!;
}

function linkFix(nearest: string | undefined): string {
  const fix = 'or pass --unlink-missing to keep the link text and drop the link';
  return nearest ? `${nearest} Link there, ${fix}` : `link to a page the site has, ${fix}`;
}

/** The post's text with links to pages the site lacks turned into their text; each is a change. */
function unlinkMissing(draft: Draft, path: string, context: CheckContext): string {
  const markdown = sourceFromText(path, 'post', draft.post.text, context.schema).markdown;
  const missing = new Map<string, string | undefined>();
  const { markdown: text, unlinked } = unlink(draft.post.text, (url) => {
    const target = resolveLink(url, { path, markdown }, context);
    if (target.kind !== 'missing') return false;
    missing.set(url, target.nearest);
    return true;
  });
  for (const link of unlinked) {
    const nearest = missing.get(link.url);
    draft.post.changes.push(
      `unlinked "${link.text}": the site has no page at ${link.url}, so the text stays without the link` +
        (nearest ? ` (${didYouMean(nearest)})` : ''),
    );
  }
  return text;
}

/**
 * From a place in the post to the place in the source it came from: a story line to its source
 * line, a frontmatter field to the same field of the source (or the top of the file).
 */
function sourceMap(draft: Draft): (at: Position) => Position {
  const post = parsePost(draft.path, draft.post.text);
  let original: ParsedPost | undefined;
  try {
    original = parsePost(draft.path, draft.source);
  } catch {
    // It parsed when it was read; a failure here only costs precision.
  }
  const story = original?.hasFrontMatter ? original : undefined;
  const lines = mapToSource(story?.content ?? draft.source, post.content, story?.contentLine ?? 1, post.contentLine);
  return (at) => {
    if (at.line >= post.contentLine) return lines(at);
    const field = Object.entries(post.positions).find(([, position]) => position.line === at.line)?.[0];
    const key = field?.replace(/[.=].*$/, '');
    return (story && key && story.positions[key]) || START;
  };
}

const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column;
