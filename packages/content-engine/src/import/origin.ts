/**
 * Where a place in the post the importer made came from in the source it read. The checks find
 * problems in the post, but the person importing fixes the source (or passes an option), so each
 * finding is reported at its line in the source.
 *
 * The importer changes a story line by line (Liquid, whitespace, the truncate marker) and keeps
 * the order of its lines, so lines are matched in order: a post line is matched to the next
 * source line with the same text, and a changed line sits between the matched lines around it.
 */
import type { Position } from '../content/position';

/** How far ahead a line is looked for: far enough for any change the importer makes. */
const WINDOW = 200;

export type SourceMap = (at: Position) => Position;

/**
 * Map positions in `post` (whose first line is line `postLine` of its file) to `source` (whose
 * first line is line `sourceLine` of its file).
 */
export function mapToSource(source: string, post: string, sourceLine = 1, postLine = 1): SourceMap {
  const sourceLines = source.split('\n');
  const postLines = post.split('\n');
  /** For each post line, the index of its source line, or -1. */
  const matched = new Int32Array(postLines.length).fill(-1);
  let next = 0;
  postLines.forEach((line, i) => {
    const text = line.trim();
    if (text === '') return;
    const limit = Math.min(sourceLines.length, next + WINDOW);
    for (let j = next; j < limit; j++) {
      if (sourceLines[j]!.trim() === text) {
        matched[i] = j;
        next = j + 1;
        return;
      }
    }
  });

  return (at) => {
    const i = Math.max(0, Math.min(postLines.length - 1, at.line - postLine));
    if (matched[i] !== -1) {
      const j = matched[i]!;
      return { line: j + sourceLine, column: sameColumn(postLines[i]!, sourceLines[j]!, at.column) };
    }
    // A changed line: as far from the nearer matched line as it is in the post, between the two.
    // The start and the end of both texts count as matched.
    let before = i - 1;
    while (before >= 0 && matched[before] === -1) before--;
    let after = i + 1;
    while (after < postLines.length && matched[after] === -1) after++;
    const floor = before >= 0 ? matched[before]! : -1;
    const ceiling = after < postLines.length ? matched[after]! : sourceLines.length;
    const guess = i - before <= after - i ? floor + (i - before) : ceiling - (after - i);
    const j = Math.max(0, floor + 1, Math.min(ceiling - 1, guess));
    return { line: j + sourceLine, column: sameColumn(postLines[i]!, sourceLines[j] ?? '', at.column) };
  };
}

/**
 * The column in `sourceLine` of what stands at `column` in `postLine`: the same column while the
 * two lines agree up to it, else where the text from there on is found in the source line.
 */
function sameColumn(postLine: string, sourceLine: string, column: number): number {
  const index = column - 1;
  if (postLine.slice(0, index) === sourceLine.slice(0, index)) return column;
  for (let length = Math.min(40, postLine.length - index); length >= 2; length--) {
    const found = sourceLine.indexOf(postLine.slice(index, index + length));
    if (found !== -1) return found + 1;
  }
  return Math.min(column, sourceLine.length + 1);
}
