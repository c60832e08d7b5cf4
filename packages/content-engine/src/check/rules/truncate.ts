/** Rule id: missing-truncate. Lists and feeds show a post up to its truncate marker. */
import { findTruncateMarkers, flavourOf, hasTruncate, TRUNCATE_MARKER } from '../../content/markdown';
import { positionAt } from '../../content/position';
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

export function truncateRule(source: SourceFile): Finding[] {
  if (source.kind !== 'post' || !source.parsed) return [];
  const { content, contentLine } = source.parsed;
  const flavour = flavourOf(source.path);
  if (hasTruncate(content, flavour)) return [];
  const markers = findTruncateMarkers(content);
  const inBody = (index: number) => {
    const at = positionAt(content, index);
    return { line: contentLine + at.line - 1, column: at.column };
  };
  const wrong = markers[0];
  if (wrong) {
    return [
      error(
        source.path,
        inBody(wrong.index),
        'missing-truncate',
        `${wrong.text} is the truncate marker of .${wrong.flavour} files: in a .${flavour} post it does not work`,
        `write it as ${TRUNCATE_MARKER[flavour]}`,
      ),
    ];
  }
  const leadingBlankLines = /^(?:[ \t]*\n)*/.exec(content)![0].split('\n').length - 1;
  return [
    error(
      source.path,
      { line: contentLine + leadingBlankLines, column: 1 },
      'missing-truncate',
      'post has no truncate marker, so lists and feeds would show all of it',
      `add a line ${TRUNCATE_MARKER[flavour]} after the opening paragraph`,
    ),
  ];
}
