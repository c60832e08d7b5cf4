/**
 * Rule ids: mojibake, replacement-character, byte-order-mark (invalid-utf8 is found on reading).
 */
import { findMojibake, positionAt, repairMojibake } from '../../content/text';
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
  const quoted = codeRanges(text);
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
function codeRanges(text: string): (index: number) => boolean {
  let ranges: [number, number][] | undefined;
  const compute = (): [number, number][] => {
    const found: [number, number][] = [];
    let fenceStart = -1;
    let fence = '';
    let offset = 0;
    for (const line of text.split('\n')) {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fenceStart === -1 && marker) {
        fenceStart = offset;
        fence = marker;
      } else if (fenceStart !== -1 && marker && marker[0] === fence[0] && marker.length >= fence.length) {
        found.push([fenceStart, offset + line.length]);
        fenceStart = -1;
      } else if (fenceStart === -1) {
        for (const span of line.matchAll(/(`+)(?:(?!\1)[\s\S])+?\1/g)) {
          found.push([offset + span.index, offset + span.index + span[0].length]);
        }
      }
      offset += line.length + 1;
    }
    if (fenceStart !== -1) found.push([fenceStart, text.length]);
    return found;
  };
  return (index) => (ranges ??= compute()).some(([start, end]) => index >= start && index < end);
}
