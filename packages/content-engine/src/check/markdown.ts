/**
 * What the checks need from a Markdown body: its links, images, raw HTML and heading anchors,
 * each with its true line and column.
 *
 * Parsing every body with remark would cost milliseconds a post, too slow for 10,000 posts. So a
 * line scanner first splits the body into blocks (blank-line separated, fenced code skipped) and
 * only blocks that can hold a link, an image or HTML are parsed with the site's remark
 * configuration (../content/markdown.ts). Positions are shifted back into the file, so
 * findings point at the real place.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { closesFence, markdownToPlainText, openingFence, parseMarkdown, type Fence } from '../content/markdown';

export interface LinkFact {
  kind: 'link' | 'image' | 'definition';
  url: string;
  line: number;
  column: number;
  /** Images only: the alt text ('' when missing). */
  alt?: string;
}

export interface HtmlFact {
  value: string;
  line: number;
  column: number;
}

/** Rendered text with a bracket in it (what may be link syntax that did not become a link). */
export interface BracketTextFact {
  /** The text's source, as written (escapes and all). */
  source: string;
  line: number;
  column: number;
}

export interface MarkdownFacts {
  links: LinkFact[];
  html: HtmlFact[];
  /** Text nodes whose rendered text has `[` or `]`, outside code. */
  bracketText: BracketTextFact[];
  /** The labels of the file's reference definitions (`[label]: url`, footnotes' `^label`), lowercased. */
  labels: string[];
  /** Anchor ids of the headings, as the site generates them. */
  anchors: Set<string>;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S/;
const DEFINITION_LABEL = /^ {0,3}\[([^\]]+)\]:/;
const EXPLICIT_ID = /\s*\{#([^}\s]+)\}\s*$/;
/** Characters that make a heading's text differ from its source (emphasis, code, links, HTML). */
const INLINE_MARKUP = /[*_`[\]<>!&\\]/;

export interface Block {
  /** 1-based line of the block's first line in the body. */
  line: number;
  text: string;
}

/** Scan `body`, whose first line is line `firstLine` of its file. */
export function scanMarkdown(body: string, firstLine = 1): MarkdownFacts {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  const headings: string[] = [];
  const definitions: string[] = [];
  let fence: Fence | undefined;
  let current: string[] = [];
  let currentStart = 0;

  const flush = () => {
    if (current.length > 0) blocks.push({ line: currentStart + 1, text: current.join('\n') });
    current = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The first non-blank character decides which (if any) block syntax a line can start.
    const indent = line.search(/\S/);
    const first = indent === -1 ? '' : line[indent]!;
    if (fence) {
      if (first === fence.char && closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (indent === -1) {
      flush();
      continue;
    }
    if (first === '`' || first === '~') {
      fence = openingFence(line);
      if (fence) {
        flush();
        continue;
      }
    }
    if (first === '#') {
      const atx = ATX_HEADING.exec(line);
      if (atx) headings.push(atx[2] ?? '');
    } else if (
      (first === '=' || first === '-') &&
      current.length > 0 &&
      SETEXT_UNDERLINE.test(line) &&
      !/^\s*([-*+]|\d+[.)])\s/.test(current[0]!)
    ) {
      headings.push(current.join(' '));
    }
    if (first === '[' && DEFINITION.test(line)) definitions.push(line);
    if (current.length === 0) currentStart = i;
    current.push(line);
  }
  flush();

  const facts: MarkdownFacts = {
    links: [],
    html: [],
    bracketText: [],
    labels: definitions.map((line) => DEFINITION_LABEL.exec(line)![1]!.toLowerCase()),
    anchors: headingAnchors(headings),
  };
  // Reference definitions may sit in any block, so each parsed block sees all of them.
  const definitionText = definitions.length > 0 ? `\n\n${definitions.join('\n')}` : '';
  for (const block of blocks) {
    if (!/[[<]/.test(block.text)) continue;
    if (HTML_COMMENT_BLOCK.test(block.text)) {
      // A block that is one HTML comment (the truncate marker) is inert: no parser needed.
      facts.html.push({ value: block.text, line: block.line + firstLine - 1, column: 1 });
      continue;
    }
    if (definitions.length === 0 && scanSimpleBlock(block, firstLine, facts)) continue;
    scanBlockWithParser(block, firstLine, facts, definitionText);
  }
  return facts;
}

/** The general path: the site's remark parser on one block (plus the file's definitions). */
export function scanBlockWithParser(block: Block, firstLine: number, facts: MarkdownFacts, definitionText = ''): void {
  const parsed = block.text + definitionText;
  const tree = parseMarkdown(parsed);
  const blockLines = block.text.split('\n').length;
  collect(tree, facts, block.line + firstLine - 1, blockLines, parsed);
}

const HTML_COMMENT_BLOCK = /^<!--(?:(?!-->)[\s\S])*-->$/;

/** `[text](destination)` or `![alt](destination)` with nothing in it that could change its meaning. */
const SIMPLE_LINK = /(!?)\[([^[\]\\`<>]*)\]\(([^()\s<>\\`]*)\)/g;
/** Anything that could make remark read a block differently from SIMPLE_LINK: code, escapes, HTML. */
const NEEDS_PARSER = /[`\\<&]|^(?: {4}|\t)/m;

/**
 * The fast path for the common block: plain prose whose only syntax in brackets is simple inline
 * links. Returns false (and adds nothing) when the block needs the real parser. A test pins its
 * results to remark's.
 */
export function scanSimpleBlock(block: Block, firstLine: number, facts: MarkdownFacts): boolean {
  if (NEEDS_PARSER.test(block.text)) return false;
  const found: LinkFact[] = [];
  let rest = '';
  let last = 0;
  for (const match of block.text.matchAll(SIMPLE_LINK)) {
    rest += block.text.slice(last, match.index);
    last = match.index + match[0].length;
    const before = block.text.lastIndexOf('\n', match.index) + 1;
    const lineInBlock = countNewlines(block.text, match.index);
    const at = { line: block.line + firstLine - 1 + lineInBlock, column: match.index - before + 1 };
    if (match[1]) found.push({ kind: 'image', url: match[3]!, alt: match[2]!, ...at });
    else found.push({ kind: 'link', url: match[3]!, ...at });
  }
  rest += block.text.slice(last);
  // Brackets left over may be reference links or nested links: the parser decides those.
  if (/[[\]]/.test(rest)) return false;
  facts.links.push(...found);
  return true;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function collect(tree: Root, facts: MarkdownFacts, lineOffset: number, blockLines: number, parsed: string): void {
  const definitions = new Map<string, string>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);

  const walk = (node: Nodes) => {
    const start = node.position?.start;
    // Nodes past the block are the appended definitions: their own block reports them.
    if (start && start.line <= blockLines) {
      const at = { line: start.line + lineOffset - 1, column: start.column };
      switch (node.type) {
        case 'link':
          facts.links.push({ kind: 'link', url: node.url, ...at });
          break;
        case 'image':
          facts.links.push({ kind: 'image', url: node.url, alt: node.alt ?? '', ...at });
          break;
        case 'definition':
          facts.links.push({ kind: 'definition', url: node.url, ...at });
          break;
        case 'linkReference': {
          const url = definitions.get(node.identifier);
          if (url !== undefined) facts.links.push({ kind: 'link', url, ...at });
          break;
        }
        case 'imageReference': {
          const url = definitions.get(node.identifier);
          if (url !== undefined) facts.links.push({ kind: 'image', url, alt: node.alt ?? '', ...at });
          break;
        }
        case 'html':
          facts.html.push({ value: node.value, ...at });
          break;
        case 'text':
          if (/[[\]]/.test(node.value) && node.position) {
            facts.bracketText.push({ source: parsed.slice(start.offset, node.position.end.offset), ...at });
          }
          break;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
}

/** Heading ids in document order, deduplicated the way the site's slugger does (-1, -2...). */
function headingAnchors(headings: string[]): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const raw of headings) {
    const explicit = EXPLICIT_ID.exec(raw);
    if (explicit) {
      anchors.add(explicit[1]!);
      continue;
    }
    anchors.add(slugger.slug(INLINE_MARKUP.test(raw) ? markdownToPlainText(raw) : raw));
  }
  return anchors;
}
