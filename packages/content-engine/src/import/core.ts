/**
 * The import of sources, as functions: bytes and decisions in, posts (or every reason there
 * cannot be one, located in the source) out. It reads the site it imports into; it writes nothing.
 *
 * Two steps: `prepareImport` reads one source and decides everything a post needs; `proveImports`
 * runs the checks' own file rules on a batch of drafts, with links resolved against the site and
 * each other, exactly as `npm run check` would once the posts are written.
 */
import { createHash } from 'node:crypto';
import { MAX_FILE_BYTES } from '../content/frontmatter';
import { ContentError, parsePost } from '../content/post';
import { decodeUtf8 } from '../content/text';
import { bytePositionAt, START } from '../content/position';
import { postFrontMatterSchema, type PostFrontMatter, type PostSchema } from '../content/schema';
import { readAuthors, readSeries, readTags } from '../site/content';
import type { Site } from '../site/manifest';
import { postRoute } from '../site/routes';
import { error, type Finding } from '../check/finding';
import { detectShape } from './detect';
import { readDocusaurus } from './docusaurus';
import { readJekyll } from './jekyll';
import { readText } from './text';
import { formatPost } from './format';
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
import { proveImports } from './prove';
import { resolveSeries } from './series';
import {
  Refusal,
  type Candidate,
  type ImportOptions,
  type ImportResult,
  type Problem,
  type ReadResult,
  type Shape,
  type SiteData,
} from './types';

export type { Candidate, ImportedPost, ImportResult } from './types';

/** The site to import into: its manifest and its registries. */
export function readSite(site: Site, schema?: PostSchema): SiteData {
  return {
    site,
    tags: readTags(site),
    authors: readAuthors(site),
    series: readSeries(site),
    ...(schema ? { schema } : {}),
  };
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
  if (shape === 'jekyll') return { shape, ...readJekyll(path, parsed, schema, (slug) => postRoute(site.site, slug)) };
  return { shape, ...readDocusaurus(parsed, schema) };
}

/** Read one source and decide its post. Refusals throw Refusal; undecidable posts carry problems. */
export function prepareImport(path: string, bytes: Uint8Array, options: ImportOptions, site: SiteData): Candidate {
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
  const series = resolveSeries(draft, options, site.series ?? {});
  for (const step of [...steps, authors, tags, series]) {
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
    ...(series.series !== undefined ? { series: series.series, part: series.part } : {}),
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

/** Read, decide and prove one source. Refusals throw Refusal. */
export function importSource(path: string, bytes: Uint8Array, options: ImportOptions, site: SiteData): ImportResult {
  return proveImports([prepareImport(path, bytes, options, site)], site, options)[0]!;
}
