/** Small pure helpers shared by the benchmarks: medians, ratios, tables, and reading asset tags out of HTML. */

/** The middle value (the lower middle for an even count, so it is always a value that was measured). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** `a / b` to two decimals, or '–' when either side is missing. */
export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return (a / b).toFixed(2);
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export type Row = Record<string, string | number>;

/** A Markdown table from rows that share their keys (the first row's keys are the columns). */
export function markdownTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)';
  const headers = Object.keys(rows[0]!);
  const line = (cells: (string | number | undefined)[]) => `| ${cells.map((cell) => cell ?? '').join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map((row) => line(headers.map((h) => row[h])))].join(
    '\n',
  );
}

export interface PageAssets {
  scripts: string[];
  styles: string[];
}

/** Attributes of one start tag, whatever the quoting (minified HTML drops quotes where it can). */
export function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const inner = tag.replace(/^<[a-zA-Z]+/, '').replace(/\/?>$/, '');
  const pattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of inner.matchAll(pattern)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

/**
 * The JS and CSS a page asks for before it is interactive: `<script src>` (not JSON-LD or inline),
 * `<link rel=stylesheet>`, and `<link rel=preload|modulepreload>` for scripts and styles.
 * URLs are returned once each, in document order.
 */
export function initialAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  // Comments could hold example markup; they load nothing.
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of source.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attributes = parseAttributes(tag);
    if (/^<script/i.test(tag)) {
      if (attributes.src && !/json|template/i.test(attributes.type ?? '')) scripts.add(attributes.src);
      continue;
    }
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    const href = attributes.href;
    if (!href) continue;
    if (rel.includes('stylesheet')) styles.add(href);
    else if (rel.includes('modulepreload')) scripts.add(href);
    else if (rel.includes('preload') && attributes.as === 'script') scripts.add(href);
    else if (rel.includes('preload') && attributes.as === 'style') styles.add(href);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/** Descendants of `root` in a process table given as pid → parent pid (root included). */
export function descendants(parents: ReadonlyMap<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}
