/**
 * The one Markdown core: how this site reads Markdown, in one place for the checks, the importer,
 * the scaffolder and anything that copies pages out (feeds, Markdown copies).
 *
 * - the remark configuration (CommonMark + GFM, as Docusaurus reads `.md`);
 * - fenced code (CommonMark's rules for opening and closing a fence);
 * - the truncate marker, in its two spellings and where each is valid;
 * - links: dropping a link and keeping its text;
 * - plain text: what a reader sees of some Markdown.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

// ---------------------------------------------------------------------------------------------
// remark

/**
 * A fresh remark processor with the site's syntax: CommonMark plus GFM (tables, strikethrough,
 * task lists, autolink literals, footnotes). Add plugins to it (a stringifier, a transform) as
 * needed; parse with `parseMarkdown` when a tree is all you want.
 */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

const parser = markdownProcessor().freeze();

/** The mdast tree of `markdown`, with positions (line, column, offset) of every node. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

// ---------------------------------------------------------------------------------------------
// Fenced code

export interface Fence {
  char: '`' | '~';
  /** How many fence characters opened it: a closing fence needs at least as many. */
  length: number;
  /** The info string (`js`, `md title="x"`), trimmed. */
  info: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The fence character a line could open or close a fence with (up to 3 spaces in), or ''. */
function fenceChar(line: string): string {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const c = line[i];
  return c === '`' || c === '~' ? c : '';
}

/** The fence `line` opens, if it opens one. A backtick fence's info string holds no backtick. */
export function openingFence(line: string): Fence | undefined {
  if (fenceChar(line) === '') return undefined;
  const match = FENCE_OPEN.exec(line);
  if (!match) return undefined;
  const marker = match[1]!;
  const info = match[2]!.trim();
  if (marker[0] === '`' && info.includes('`')) return undefined;
  return { char: marker[0] as Fence['char'], length: marker.length, info };
}

/**
 * Whether `line` closes `fence`: the same character, at least as many of them, and nothing after
 * them but spaces. A line such as ```` ```js ```` inside a block is code, not a closing fence.
 */
export function closesFence(line: string, fence: Fence): boolean {
  if (fenceChar(line) !== fence.char) return false;
  const match = FENCE_CLOSE.exec(line);
  return match !== null && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}

/**
 * Follows fenced code through a document fed to it line by line, for the loops that work on lines.
 * `step(line)` says whether that line belongs to a fenced block (its opening and closing fences
 * included).
 */
export class FenceTracker {
  fence: Fence | undefined;

  step(line: string): boolean {
    if (this.fence) {
      if (closesFence(line, this.fence)) this.fence = undefined;
      return true;
    }
    this.fence = openingFence(line);
    return this.fence !== undefined;
  }
}

/**
 * Offsets `[start, end)` of the fenced blocks of `text` (an unclosed one runs to the end); each
 * line outside them goes to `outside`.
 */
function fenceRanges(text: string, outside?: (line: string, offset: number) => void): [number, number][] {
  const found: [number, number][] = [];
  const tracker = new FenceTracker();
  let start = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (tracker.step(line)) {
      if (start === -1) start = offset;
      if (tracker.fence === undefined) {
        found.push([start, offset + line.length]);
        start = -1;
      }
    } else {
      outside?.(line, offset);
    }
    offset += line.length + 1;
  }
  if (start !== -1) found.push([start, text.length]);
  return found;
}

/** Offsets `[start, end)` of every fenced block of `text`. */
export const fencedBlocks = (text: string): [number, number][] => fenceRanges(text);

/**
 * Offsets `[start, end)` of all code in `text`: fenced blocks and inline code spans. Text quoted
 * there is an example (a damaged character, a marker), not part of the story.
 */
export function codeRanges(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const blocks = fenceRanges(text, (line, offset) => {
    for (const span of line.matchAll(/(`+)(?:(?!\1)[\s\S])+?\1/g)) {
      spans.push([offset + span.index, offset + span.index + span[0].length]);
    }
  });
  return [...blocks, ...spans];
}

// ---------------------------------------------------------------------------------------------
// The truncate marker

/** `.md` is CommonMark, `.mdx` is MDX: each has its own comment syntax. */
export type Flavour = 'md' | 'mdx';

export const flavourOf = (path: string): Flavour => (/\.mdx$/i.test(path) ? 'mdx' : 'md');

/**
 * The marker that ends a post's preview in lists and feeds. Docusaurus looks for either spelling
 * in any file, but only one is valid in each: `<!-- truncate -->` is a syntax error in MDX (with
 * `future.v4`), and `{/* truncate *\/}` shows up as literal text in a `.md` page.
 */
export const TRUNCATE_MARKER: Record<Flavour, string> = {
  md: '<!-- truncate -->',
  mdx: '{/* truncate */}',
};

/** Both spellings, as Docusaurus's blog plugin matches them (its default `truncateMarker`). */
const ANY_TRUNCATE = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/g;

export interface TruncateMarker {
  /** Offset in the text searched. */
  index: number;
  /** The marker as written. */
  text: string;
  /** The flavour whose spelling it is. */
  flavour: Flavour;
}

/** The truncate markers of `body` in either spelling, outside code (where it is an example), lazily. */
function* truncateMarkers(body: string): Generator<TruncateMarker> {
  let code: [number, number][] | undefined;
  for (const match of body.matchAll(ANY_TRUNCATE)) {
    // Most posts have no code at all: no need to look for it then.
    code ??= body.includes('`') || body.includes('~~~') ? codeRanges(body) : [];
    if (code.some(([start, end]) => match.index >= start && match.index < end)) continue;
    yield { index: match.index, text: match[0], flavour: match[0].startsWith('<') ? 'md' : 'mdx' };
  }
}

/** Every truncate marker of `body` in either spelling, outside code (where it is an example). */
export const findTruncateMarkers = (body: string): TruncateMarker[] => [...truncateMarkers(body)];

/** Whether `body` has a truncate marker that works in a file of this flavour. */
export function hasTruncate(body: string, flavour: Flavour): boolean {
  for (const marker of truncateMarkers(body)) if (marker.flavour === flavour) return true;
  return false;
}

/** `body` with every truncate marker written in the spelling of `flavour`. */
export function respellTruncate(body: string, flavour: Flavour): { body: string; respelled: number } {
  let respelled = 0;
  let out = '';
  let last = 0;
  for (const marker of findTruncateMarkers(body)) {
    if (marker.flavour === flavour) continue;
    out += body.slice(last, marker.index) + TRUNCATE_MARKER[flavour];
    last = marker.index + marker.text.length;
    respelled++;
  }
  return { body: out + body.slice(last), respelled };
}

/**
 * `body` with a truncate marker after its first paragraph (or at the end when it has no
 * paragraph); unchanged when it already has a valid one.
 */
export function insertTruncate(body: string, flavour: Flavour): { body: string; where?: 'paragraph' | 'end' } {
  if (hasTruncate(body, flavour)) return { body };
  const marker = TRUNCATE_MARKER[flavour];
  const first = parseMarkdown(body).children.find((node) => node.type === 'paragraph');
  const end = first?.position?.end.offset;
  if (end === undefined) return { body: `${body.replace(/\n*$/, '')}\n\n${marker}`, where: 'end' };
  return { body: `${body.slice(0, end)}\n\n${marker}${body.slice(end)}`, where: 'paragraph' };
}

/**
 * `body` without its truncate markers: a line that held only a marker goes with its line, and
 * where that leaves two blank lines in a row one goes too. Nothing else changes (code keeps its
 * blank lines). For copies of a page outside the site.
 */
export function removeTruncate(body: string): string {
  let out = '';
  let last = 0;
  for (const marker of findTruncateMarkers(body)) {
    const lineStart = body.lastIndexOf('\n', marker.index - 1) + 1;
    const lineEnd = body.indexOf('\n', marker.index);
    const end = lineEnd === -1 ? body.length : lineEnd;
    const alone =
      body.slice(lineStart, marker.index).trim() === '' &&
      body.slice(marker.index + marker.text.length, end).trim() === '';
    if (alone) {
      out += body.slice(last, lineStart);
      last = lineEnd === -1 ? body.length : lineEnd + 1;
      // A blank line before the marker's line and one after it: keep one.
      if (/(^|\n)\n$/.test(out)) while (body[last] === '\n') last++;
    } else {
      out += body.slice(last, marker.index);
      last = marker.index + marker.text.length;
    }
  }
  return out + body.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Links

export interface Unlinked {
  url: string;
  /** The link text that stays. */
  text: string;
  /** Offset of the link in the text given. */
  index: number;
}

/**
 * `markdown` with each link whose URL `drop` picks replaced by its text: `[the team](/about)`
 * becomes `the team`. Images stay (their alt text is no substitute).
 */
export function unlink(markdown: string, drop: (url: string) => boolean): { markdown: string; unlinked: Unlinked[] } {
  const tree = parseMarkdown(markdown);
  const definitions = new Map<string, string>();
  const found: { start: number; end: number; url: string; text: string }[] = [];
  const visit = (node: Nodes, collect: boolean) => {
    if (!collect && node.type === 'definition') definitions.set(node.identifier, node.url);
    if (collect && (node.type === 'link' || node.type === 'linkReference')) {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (url !== undefined && start !== undefined && end !== undefined && drop(url)) {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        const text = first === undefined || last === undefined ? '' : markdown.slice(first, last);
        found.push({ start, end, url, text });
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, collect);
  };
  visit(tree, false);
  visit(tree, true);
  let out = markdown;
  for (const link of [...found].reverse()) out = out.slice(0, link.start) + link.text + out.slice(link.end);
  return { markdown: out, unlinked: found.map(({ url, text, start }) => ({ url, text, index: start })) };
}

// ---------------------------------------------------------------------------------------------
// Plain text

/**
 * What a reader sees of a node: its text and code, an image's alt text, a line break as a space;
 * no Markdown syntax and no raw HTML. Heading anchors are made from this, as Docusaurus does.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The plain text of a Markdown fragment (a heading's source, a title). */
export function markdownToPlainText(markdown: string): string {
  return plainText(parseMarkdown(markdown));
}
