/**
 * Positions as data. Every finding and every error that points into a file carries
 * `{file, line, column, message}` and is turned into text here, once: nothing reads a formatted
 * message back to find out where it pointed.
 */

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Something said about a place in a file. */
export interface Located extends Position {
  /** As the reader should see it: relative to the site root or to where the command ran. */
  file: string;
  message: string;
  /** The fix, in words an author can act on. */
  suggestion?: string;
}

export const START: Position = { line: 1, column: 1 };

/** 1-based line and column of an offset in `text`. */
export function positionAt(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** Same as positionAt, for the byte offset of a file that could not be decoded. */
export function bytePositionAt(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * `text` safe to print on one terminal line: control characters (which could move the cursor,
 * recolour or clear the screen, or start a fake finding on a new line) and bidirectional
 * overrides are shown as \u{…} escapes. Findings quote content, and content is untrusted.
 * Spaces and every other printable character, in any script, are kept as they are.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    return `\\u{${char.codePointAt(0)!.toString(16)}}`;
  });
}

/** `path:line:column`, the form editors and terminals turn into a link. The path stays whole. */
export function formatLocation(file: string, at: Position): string {
  return `${printable(file)}:${at.line}:${at.column}`;
}

/** The message and its fix, as one printable phrase. */
export function messageWithFix(item: Pick<Located, 'message' | 'suggestion'>): string {
  return printable(item.suggestion ? `${item.message}; ${item.suggestion}` : item.message);
}

/** `path:line:column message; fix`: how a located item reads on one line. */
export function formatLocated(item: Located): string {
  return `${formatLocation(item.file, item)} ${messageWithFix(item)}`;
}
