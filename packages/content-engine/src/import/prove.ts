/**
 * The importer proves its posts: the checks' own file rules run on each candidate post as part of
 * the site it is written into (links resolve against the site and the other posts of the batch),
 * and every finding is reported at its place in the source, with the fix.
 */
import { parsePost, type ParsedPost } from '../content/post';
import { START, type Position } from '../content/position';
import { unlink } from '../content/markdown';
import { didYouMean } from '../content/keys';
import { postFrontMatterSchema } from '../content/schema';
import { loadContext, withPosts, type CheckContext } from '../check/context';
import { checkFile } from '../check/check';
import type { Finding } from '../check/finding';
import { uniquePermalinksRule } from '../check/rules/permalinks';
import { resolveLink } from '../check/rules/links';
import { sourceFromText } from '../check/source';
import { mapToSource } from './origin';
import { postFile } from '../site/routes';
import type { Candidate, ImportOptions, ImportResult, SiteData } from './types';

/** Where a candidate's post goes in the site: the blog folder unless the caller says otherwise. */
export type PlaceOf = (candidate: Candidate) => string;

/**
 * The checks' file rules on each candidate's post, as part of the site it is written into. With
 * `unlinkMissing`, links to pages the site lacks lose their link and keep their text first.
 */
export function proveImports(
  candidates: Candidate[],
  site: SiteData,
  options: Pick<ImportOptions, 'unlinkMissing'> = {},
  placeOf: PlaceOf = (candidate) => postFile(site.site, candidate.post.slug),
): ImportResult[] {
  if (candidates.length === 0) return [];
  const schema = site.schema ?? postFrontMatterSchema;
  const added = candidates.map((candidate) => ({ path: placeOf(candidate), text: candidate.post.text }));
  if (site.context?.schema !== schema) site.context = loadContext(site.site, schema);
  const context = withPosts(site.context, added);
  const permalinkFindings = uniquePermalinksRule(context.sources, site.site);
  return candidates.map((candidate, i) => {
    let source = context.sources.find((s) => s.path === added[i]!.path)!;
    if (options.unlinkMissing) {
      const unlinked = unlinkMissing(candidate, source.path, context);
      if (unlinked !== candidate.post.text) {
        candidate.post.text = unlinked;
        source = sourceFromText(source.path, 'post', unlinked, schema);
      }
    }
    const toSource = sourceMap(candidate);
    const bodyLine = source.parsed?.contentLine ?? 1;
    const findings = [...checkFile(source, context), ...permalinkFindings.filter((f) => f.file === source.path)]
      // A candidate with problems has stand-in frontmatter: only its story is worth checking.
      .filter((finding) => candidate.problems.length === 0 || finding.line >= bodyLine)
      .map((finding) => ({
        ...finding,
        ...toSource(finding),
        file: candidate.path,
        ...(finding.rule === 'broken-link' ? { suggestion: linkFix(finding.suggestion) } : {}),
      }));
    const problems = [...candidate.problems, ...findings];
    return problems.length > 0
      ? { ok: false, shape: candidate.shape, problems: problems.sort(byPosition) }
      : { ok: true, post: candidate.post };
  });
}

function linkFix(nearest: string | undefined): string {
  const fix = 'or pass --unlink-missing to keep the link text and drop the link';
  return nearest ? `${nearest} Link there, ${fix}` : `link to a page the site has, ${fix}`;
}

/** The post's text with links to pages the site lacks turned into their text; each is a change. */
function unlinkMissing(candidate: Candidate, path: string, context: CheckContext): string {
  const markdown = sourceFromText(path, 'post', candidate.post.text, context.schema).markdown;
  const missing = new Map<string, string | undefined>();
  const { markdown: text, unlinked } = unlink(candidate.post.text, (url) => {
    const target = resolveLink(url, { path, markdown }, context);
    if (target.kind !== 'missing') return false;
    missing.set(url, target.nearest);
    return true;
  });
  for (const link of unlinked) {
    const nearest = missing.get(link.url);
    candidate.post.changes.push(
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
function sourceMap(candidate: Candidate): (at: Position) => Position {
  const post = parsePost(candidate.path, candidate.post.text);
  let original: ParsedPost | undefined;
  try {
    original = parsePost(candidate.path, candidate.source);
  } catch {
    // It parsed when it was read; a failure here only costs precision.
  }
  const story = original?.hasFrontMatter ? original : undefined;
  const lines = mapToSource(
    story?.content ?? candidate.source,
    post.content,
    story?.contentLine ?? 1,
    post.contentLine,
  );
  return (at) => {
    if (at.line >= post.contentLine) return lines(at);
    const field = Object.entries(post.positions).find(([, position]) => position.line === at.line)?.[0];
    const key = field?.replace(/[.=].*$/, '');
    return (story && key && story.positions[key]) || START;
  };
}

const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column;
