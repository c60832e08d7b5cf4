/**
 * Every link that opens a new tab gets rel="noopener noreferrer", so the opened page cannot
 * reach back through window.opener or learn which post sent the reader. Docusaurus's <Link>
 * adds it to external Markdown links itself, but an author's own `rel` (raw HTML in a post, or
 * JSX in .mdx) replaces that default; this runs after raw HTML is parsed and puts it back.
 */
import type { Element, Root } from 'hast';

const REQUIRED = ['noopener', 'noreferrer'];

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Element['properties'];
  attributes?: JsxAttribute[];
  children?: AnyNode[];
}

function withRequired(rel: unknown): string[] {
  const current = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
  const kept = current.filter((token) => token !== '' && token.toLowerCase() !== 'opener');
  return [...kept, ...REQUIRED.filter((token) => !kept.map((t) => t.toLowerCase()).includes(token))];
}

function visit(node: AnyNode): void {
  if (node.type === 'element' && node.properties && String(node.properties.target ?? '').length > 0) {
    if (
      node.properties.target !== '_self' &&
      node.properties.target !== '_parent' &&
      node.properties.target !== '_top'
    ) {
      node.properties.rel = withRequired(node.properties.rel);
    }
  } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
    const target = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'target');
    if (typeof target?.value === 'string' && !['_self', '_parent', '_top'].includes(target.value)) {
      const rel = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'rel');
      const value = withRequired(typeof rel?.value === 'string' ? rel.value : '').join(' ');
      if (rel) rel.value = value;
      else node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value });
    }
  }
  for (const child of node.children ?? []) visit(child);
}

export default function rehypeSafeLinks() {
  return (tree: Root): void => visit(tree as unknown as AnyNode);
}
