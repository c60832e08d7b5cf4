/**
 * Rule ids: mojibake, replacement-character, byte-order-mark (invalid-utf8 is found on reading).
 */
import { findMojibake, repairMojibake } from '../../content/text';
import { positionAt } from '../../content/position';
import { codeRanges } from '../../content/markdown';
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

/** At most this many findings of one kind per file: past that, the file is one big repair. */
const MAX_PER_FILE = 20;

export function textDamageRule(source: SourceFile): Finding[] {
  const text = source.text;
  if (text === undefined) return [];
  const findings: Finding[] = [];
  if (text.startsWith('\uFEFF')) {
    findings.push(
      error(
        source.path,
        { line: 1, column: 1 },
        'byte-order-mark',
        'file starts with a byte-order mark',
        'save the file as UTF-8 without BOM',
      ),
    );
  }
  const quoted = inCode(text);
  for (const item of findMojibake(text)
    .filter((m) => !quoted(m.index))
    .slice(0, MAX_PER_FILE)) {
    const lineStart = text.lastIndexOf('\n', item.index) + 1;
    const lineEnd = text.indexOf('\n', item.index);
    const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    findings.push(
      error(
        source.path,
        positionAt(text, item.index),
        'mojibake',
        `"${item.found}" is damaged text (UTF-8 read as Windows-1252)`,
        `replace with "${item.repaired}": ${excerpt(repairMojibake(line).text, item.index - lineStart)}`,
      ),
    );
  }
  let count = 0;
  for (
    let index = text.indexOf('\uFFFD');
    index !== -1 && count < MAX_PER_FILE;
    index = text.indexOf('\uFFFD', index + 1)
  ) {
    count++;
    findings.push(
      error(
        source.path,
        positionAt(text, index),
        'replacement-character',
        'text contains U+FFFD (�): a character was lost when the text was converted',
        'restore the original character from the source',
      ),
    );
  }
  return findings;
}

/** A short window of the repaired line around a position, for the suggestion. */
function excerpt(line: string, around: number): string {
  const start = Math.max(0, around - 30);
  const end = Math.min(line.length, around + 30);
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

/**
 * Whether an offset lies in code (a fenced block or an inline code span): damaged characters
 * quoted there are examples, as in the authoring guide, not damage. Worked out only when needed.
 */
function inCode(text: string): (index: number) => boolean {
  let ranges: [number, number][] | undefined;
  return (index) => (ranges ??= codeRanges(text)).some(([start, end]) => index >= start && index < end);
}
