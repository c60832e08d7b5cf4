/**
 * The body of a page's Markdown copy: the Markdown as its author wrote it, less what only the site
 * can use. Edits are made at the source's own offsets, so everything else stays byte for byte:
 *
 * - the truncate marker goes (with its line), by the Markdown core's rule;
 * - in `.mdx`, imports, exports, `{…}` expressions (`{/* comments *\/}` included) and JSX tags go;
 *   a JSX element's Markdown children stay, and a component the caller can render as Markdown
 *   (a table of tags, say) is replaced by that rendering;
 * - relative links and images (`/docs/x`, `./other-post.md`, `#anchor`, `img.png`), in Markdown
 *   and in raw HTML `href`/`src`, become absolute URLs.
 */
import { dirname, resolve } from 'node:path';
import remarkMdx from 'remark-mdx';
import type { Nodes, Root } from 'mdast';
import { markdownProcessor, removeTruncate } from '@sde/content-engine/markdown';
import { scanMarkdown } from '@sde/content-engine/markdown';

export interface LinkContext {
  /** Absolute URL of the page this is the body of. */
  pageUrl: string;
  /** The site's absolute root URL, base path included, ending in `/`. */
  siteRoot: string;
  /** Absolute path of the Markdown source file. */
  sourceFile: string;
  /** Absolute URL of the page built from a Markdown source file, if it is one. */
  pageOf: (file: string) => string | undefined;
  /** Absolute URL the build gave a file the source links to (an image, a download), if known. */
  assetOf?: (file: string) => string | undefined;
}

export interface CopyOptions {
  mdx: boolean;
  links: LinkContext;
  /** Markdown to put in place of a childless JSX component, by component name. */
  components?: Record<string, () => string>;
}

/** The Markdown copy's body for `body` (the source without its frontmatter). */
export function markdownCopyBody(body: string, { mdx, links, components = {} }: CopyOptions): string {
  let text = mdx ? stripMdx(body, components) : body;
  text = removeTruncate(text);
  text = absoluteLinks(text, links);
  return `${text.replace(/^\s*\n/, '').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// Edits at offsets

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Apply non-overlapping edits; where a removed line leaves two blank lines, one goes. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let last = 0;
  // At one offset the longer edit wins (a removed tag line over the dedent of that line).
  for (const edit of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (edit.start < last) continue;
    out += text.slice(last, edit.start) + edit.insert;
    last = edit.end;
    if (edit.insert === '' && /(^|\n)\n$/.test(out)) while (text[last] === '\n') last++;
  }
  return out + text.slice(last);
}

/** Widen `[start, end)` to whole lines when nothing else is on them. */
function wholeLines(text: string, start: number, end: number): [number, number] {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEnd).trim() !== '') return [start, end];
  return [lineStart, newline === -1 ? text.length : newline + 1];
}

// ---------------------------------------------------------------------------------------------
// MDX

/** The site's remark configuration (CommonMark + GFM), reading MDX as Docusaurus does for `.mdx`. */
const mdxParser = markdownProcessor().use(remarkMdx).freeze();

/** `body` (MDX) without its imports, exports, expressions and JSX tags. */
export function stripMdx(body: string, components: Record<string, () => string> = {}): string {
  const tree = mdxParser.parse(body) as Root;
  const edits: Edit[] = [];
  /** Per line start: how much indentation to drop, for Markdown kept from inside JSX elements. */
  const dedents = new Map<number, number>();
  const remove = (node: Nodes, flow: boolean, insert = '') => {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const [from, to] = flow ? wholeLines(body, start, end) : [start, end];
    edits.push({ start: from, end: to, insert: insert && from !== start ? `${insert}\n` : insert });
  };
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        remove(node, true);
        return;
      case 'mdxTextExpression':
        remove(node, false);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const flow = node.type === 'mdxJsxFlowElement';
        const children = node.children as Nodes[];
        const render = node.name ? components[node.name] : undefined;
        if (children.length === 0) {
          remove(node, flow, render ? render().trimEnd() : '');
          return;
        }
        // Keep the element's Markdown content; drop its opening and closing tags.
        const start = node.position!.start.offset!;
        const end = node.position!.end.offset!;
        const first = children[0]!.position!.start.offset!;
        const last = children[children.length - 1]!.position!.end.offset!;
        const [openFrom, openTo] = flow ? wholeLines(body, start, first) : [start, first];
        const [closeFrom, closeTo] = flow ? wholeLines(body, last, end) : [last, end];
        edits.push({ start: openFrom, end: openTo, insert: '' }, { start: closeFrom, end: closeTo, insert: '' });
        // MDX reads an element's children without their indentation; as plain Markdown, four
        // spaces would turn a paragraph into code.
        if (flow) dedentLines(body, openTo, closeFrom, dedents);
        break;
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  for (const [start, width] of dedents) edits.push({ start, end: start + width, insert: '' });
  return applyEdits(body, edits);
}

/**
 * Records, for each line starting in `[from, to)`, that the common indentation of those lines
 * goes (the deepest enclosing element's, where elements nest).
 */
function dedentLines(text: string, from: number, to: number, dedents: Map<number, number>): void {
  const lines: { start: number; indent: number }[] = [];
  for (let start = from; start < to;) {
    const newline = text.indexOf('\n', start);
    const line = text.slice(start, newline === -1 ? text.length : newline);
    if (line.trim() !== '') lines.push({ start, indent: /^[ \t]*/.exec(line)![0].length });
    if (newline === -1) break;
    start = newline + 1;
  }
  const common = Math.min(...lines.map((line) => line.indent));
  if (lines.length === 0 || common === 0) return;
  for (const line of lines) dedents.set(line.start, Math.max(dedents.get(line.start) ?? 0, common));
}

// ---------------------------------------------------------------------------------------------
// Links

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The absolute URL a link in the source leads to, as the site resolves it. */
export function absoluteUrl(url: string, links: LinkContext): string {
  if (url === '' || url.startsWith('//')) return url;
  if (url.startsWith('pathname://')) return absoluteUrl(url.slice('pathname://'.length), links);
  if (SCHEME.test(url)) return url;
  if (url.startsWith('#')) return `${links.pageUrl}${url}`;
  const root = new URL(links.siteRoot);
  if (url.startsWith('/')) {
    // Like the site's <Link>: a path already under the base path keeps it, others get it.
    return url.startsWith(root.pathname) ? `${root.origin}${url}` : `${links.siteRoot}${url.slice(1)}`;
  }
  const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(url)!;
  let file: string;
  try {
    file = resolve(dirname(links.sourceFile), decodeURIComponent(path));
  } catch {
    return new URL(url, links.pageUrl).href;
  }
  const target = /\.mdx?$/i.test(path) ? links.pageOf(file) : links.assetOf?.(file);
  return target ? `${target}${suffix}` : new URL(url, links.pageUrl).href;
}

const HTML_URL = /\b(href|src)\s*=\s*(["'])(.*?)\2/gi;

/** `text` with every relative link and image made absolute, each edited where it is written. */
export function absoluteLinks(text: string, links: LinkContext): string {
  if (!/[[<]/.test(text)) return text;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => lineStarts[line - 1]! + column - 1;
  const facts = scanMarkdown(text);
  const edits = new Map<number, Edit>();
  const rewrite = (url: string, at: number) => {
    if (edits.has(at) || !text.startsWith(url, at)) return;
    const absolute = absoluteUrl(url, links);
    if (absolute !== url) edits.set(at, { start: at, end: at + url.length, insert: absolute });
  };
  for (const link of facts.links) {
    const from = offsetOf(link.line, link.column);
    const at = text.indexOf(link.url, from);
    // The destination follows its own brackets, in the same paragraph (a reference link's
    // destination is in its definition, which is a fact of its own).
    if (at === -1 || text.slice(from, at).includes('\n\n') || !/[(<\s]/.test(text[at - 1] ?? '')) continue;
    rewrite(link.url, at);
  }
  for (const html of facts.html) {
    const from = offsetOf(html.line, html.column);
    for (const match of html.value.matchAll(HTML_URL)) {
      const url = match[3]!;
      rewrite(url, from + match.index + match[0].length - 1 - url.length);
    }
  }
  return applyEdits(text, [...edits.values()]);
}
