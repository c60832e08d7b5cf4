/**
 * What a reader sees of a story's Markdown, for tests that look for a story's words in a copy of
 * it (a Markdown copy, a feed item) without pinning any post: derived from the post itself.
 */
import type { Nodes } from 'mdast';
import { parseMarkdown, plainText as textOf } from '@sde/content-engine/markdown';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The plain text of each paragraph, in order, at any depth (quotes and lists included). */
export function paragraphs(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') found.push(squash(textOf(node)));
    else if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(parseMarkdown(markdown));
  return found.filter(Boolean);
}

/** All the plain text of some Markdown, whitespace collapsed. */
export const plainText = (markdown: string): string => paragraphs(markdown).join(' ');

/** The first sentence of a story's body. */
export function openingSentence(body: string): string {
  const first = paragraphs(body)[0] ?? '';
  return /^.+?[.!?…](?=\s|$)/.exec(first)?.[0] ?? first;
}
