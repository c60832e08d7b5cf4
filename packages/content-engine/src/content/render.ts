/**
 * What the reader gets: a body read the way the site's pages are rendered, not only the way the
 * checks scan it. On top of the Markdown core's CommonMark + GFM (./markdown.ts), Docusaurus reads
 * directives in every file (`:::note` boxes) and MDX in `.mdx` files (JSX, `{expressions}`,
 * ESM). This module parses with the same syntax and answers two questions about a body:
 *
 * - does it parse at all (`.mdx` only: an MDX syntax error fails the build);
 * - is any construct still open at its end, so that everything after its opening line renders
 *   inside it? That is asked in one way for every construct: a paragraph is put after the body,
 *   past a blank line, where nothing that was closed can reach it; whatever holds it instead of a
 *   top-level paragraph is open. No list of constructs to keep up to date: an unclosed fence,
 *   HTML comment, `<pre>`/`<script>`/`<style>`/`<textarea>` block, `:::` box, or anything a
 *   later syntax adds, is caught the same way.
 */
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import type { Nodes, Parents, Root } from 'mdast';
import { markdownProcessor, type Flavour } from './markdown';
import type { Position } from './position';

/** The site's syntax for a file of `flavour`: the core's, plus directives, plus MDX in `.mdx`. */
export function renderProcessor(flavour: Flavour) {
  const processor = markdownProcessor().use(remarkDirective);
  return flavour === 'mdx' ? processor.use(remarkMdx) : processor;
}

const PARSERS = { md: renderProcessor('md').freeze(), mdx: renderProcessor('mdx').freeze() };

/** A body that does not parse as the site parses it (MDX only), and where. */
export interface SyntaxProblem extends Position {
  reason: string;
}

export type Rendered = { ok: true; tree: Root } | { ok: false; problem: SyntaxProblem };

interface ParseError {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  place?: Position | { start?: Position };
}

/** The tree of `body` as a page of `flavour` reads it, or the syntax error that stops the build. */
export function renderedTree(body: string, flavour: Flavour): Rendered {
  try {
    return { ok: true, tree: PARSERS[flavour].parse(body) };
  } catch (caught) {
    const error = caught as ParseError;
    const place = error.place && 'start' in error.place ? error.place.start : (error.place as Position | undefined);
    const reason = error.reason ?? error.message ?? String(caught);
    // Some errors (a tag without its closing tag) carry their place only in the words: "(3:1-3:7)".
    const worded = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const line = error.line ?? place?.line ?? Number(worded?.[1] ?? 1);
    const column = error.column ?? place?.column ?? Number(worded?.[2] ?? 1);
    return { ok: false, problem: { line, column, reason } };
  }
}

/** A construct open at the end of a body: its node, where it opened, how many lines it takes. */
export interface OpenConstruct {
  node: Nodes;
  /** Where it opens, in the body. */
  start: Position;
  /** Lines of the body from its opening line to the end, all rendered inside it. */
  lines: number;
}

/** A word no author writes, so finding it in the tree finds the probe and nothing else. */
const PROBE = 'sdeprobe7c1f0e9a';

/**
 * The constructs still open at the end of `body` (outermost first): those that hold a paragraph
 * put after the body. Empty when everything closes, or when the body does not parse.
 */
export function openAtEnd(body: string, flavour: Flavour): OpenConstruct[] {
  const probed = renderedTree(`${body.replace(/\s*$/, '')}\n\n${PROBE}\n`, flavour);
  if (!probed.ok) return [];
  const path = pathTo(probed.tree, (node) => 'value' in node && node.value.includes(PROBE));
  if (!path) return [];
  // Where the probe belongs: root > paragraph > text. Anything else on its way holds it.
  const holders = path.slice(1).filter((node) => node.type !== 'paragraph' && node.type !== 'text');
  const total = body.replace(/\s*$/, '').split('\n').length;
  return holders
    .filter((node) => node.position)
    .map((node) => {
      const start = { line: node.position!.start.line, column: node.position!.start.column };
      return { node, start, lines: total - start.line + 1 };
    });
}

/** The nodes from `root` to the first node `found` picks, both included, or undefined. */
function pathTo(root: Root, found: (node: Nodes) => boolean): Nodes[] | undefined {
  const walk = (node: Nodes, path: Nodes[]): Nodes[] | undefined => {
    const here = [...path, node];
    if (found(node)) return here;
    if ('children' in node) {
      // The probe is last: look from the end.
      const children = (node as Parents).children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        const hit = walk(children[i]!, here);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(root, []);
}
