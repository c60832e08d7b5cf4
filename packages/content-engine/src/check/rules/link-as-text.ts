/**
 * Rule id: link-as-text. Link syntax the site renders as literal text: the reader sees brackets
 * and parentheses where the author meant a link. Found by comparing source and rendering: text
 * nodes of the rendered tree whose source still holds link syntax (`](`, `][`, `[^note]`, not
 * escaped) are links that did not happen: a reference without its definition, a URL with a space,
 * a space between `]` and `(`, a footnote without its note. A bracketed word that is one letter
 * away from a defined label is reported too (a typo in the reference); other plain `[words]` are
 * left alone, as authors write them on purpose.
 */
import { closest, didYouMean, foldKey } from '../../content/keys';
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';
import type { BracketTextFact } from '../markdown';

/** Link syntax left in rendered text, each with what went wrong and the fix. */
const LEFT_OVER: { pattern: RegExp; explain: (match: RegExpExecArray, labels: string[]) => [string, string] }[] = [
  {
    // [text][label] or [text][] (also the tail "][label]" after emphasis in the text).
    pattern: /(?<!\\)(?:\[([^[\]]*))?\]\[([^[\]]*)\]/g,
    explain: (match, labels) => {
      const label = normalise(match[2] || match[1] || '');
      const near = label ? nearestLabel(label, labels) : undefined;
      return [
        `[${match[2] || match[1] || '…'}] is a reference to a link definition the file lacks, so readers see the brackets`,
        didYouMean(near) ?? `add a line [${label || 'label'}]: <url> at the end of the file, or write [text](url)`,
      ];
    },
  },
  {
    // ] (url): a space between the text and the destination.
    pattern: /(?<!\\)\][ \t]+\((?=[a-z][a-z0-9+.-]*:|\/|\.\.?\/|#)/gi,
    explain: () => [
      'a space between ] and ( makes this link text in brackets followed by a URL in parentheses',
      'remove the space: [text](url)',
    ],
  },
  {
    // ](…) that did not become a link: a space or line break in the URL, unbalanced parentheses.
    pattern: /(?<!\\)\]\(([^)\n]*)\)?/g,
    explain: (match) => {
      const url = match[1] ?? '';
      return [
        'this link renders as text: the URL in its parentheses is not one Markdown accepts',
        /\s/.test(url.trim())
          ? 'a URL cannot hold spaces: write them as %20, or put the URL in <…>'
          : 'close the parentheses, and balance any inside the URL or write them as %28 and %29',
      ];
    },
  },
  {
    // [^note] without a footnote definition.
    pattern: /(?<!\\)\[\^([^[\]\s]+)\]/g,
    explain: (match) => [
      `[^${match[1]}] is a footnote without its note, so readers see the brackets`,
      `add a line [^${match[1]}]: <the note> at the end of the file`,
    ],
  },
];

/** A plain [label] one edit from a defined label: a reference with a typo. */
const SHORTCUT = /(?<![\\\]])\[([^[\]^][^[\]]*)\](?![[(:])/g;

/** A label as CommonMark matches it: case and runs of white space do not matter. */
const normalise = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The defined label `label` most likely means (a typo away), as written in its definition. */
function nearestLabel(label: string, labels: string[]): string | undefined {
  const folded = new Map(labels.map((each) => [foldKey(each), each]));
  const near = closest(label, [...folded.keys()]);
  return near === undefined ? undefined : folded.get(near);
}

export function linkAsTextRule(source: SourceFile): Finding[] {
  const markdown = source.markdown;
  if (!markdown || markdown.bracketText.length === 0) return [];
  const labels = markdown.labels.map(normalise);
  const findings: Finding[] = [];
  for (const text of markdown.bracketText) {
    const taken: number[] = [];
    for (const { pattern, explain } of LEFT_OVER) {
      for (const match of text.source.matchAll(pattern)) {
        if (taken.some((at) => Math.abs(at - match.index) <= 1)) continue;
        taken.push(match.index);
        const [message, fix] = explain(match, labels);
        findings.push(error(source.path, at(text, match.index), 'link-as-text', message, fix));
      }
    }
    if (labels.length === 0) continue;
    for (const match of text.source.matchAll(SHORTCUT)) {
      const label = normalise(match[1]!);
      if (labels.includes(label) || taken.includes(match.index)) continue;
      const near = nearestLabel(label, labels);
      if (!near) continue;
      findings.push(
        error(
          source.path,
          at(text, match.index),
          'link-as-text',
          `[${match[1]}] matches no link definition, so readers see the brackets`,
          didYouMean(near),
        ),
      );
    }
  }
  return findings;
}

/** The file position of offset `index` of a text's source. */
function at(text: BracketTextFact, index: number) {
  const before = text.source.slice(0, index);
  const newline = before.lastIndexOf('\n');
  if (newline === -1) return { line: text.line, column: text.column + index };
  return { line: text.line + before.split('\n').length - 1, column: index - newline };
}
