/** YAML parsing with the limits every content file gets: core schema, no custom tags, few aliases. */
import { LineCounter, parseDocument, type Document } from 'yaml';

/** Aliases allowed in one document: enough for real use, far too few for an alias bomb. */
export const MAX_YAML_ALIASES = 50;

/** Flow collections ([ and {) nested deeper than this are refused before parsing. */
export const MAX_YAML_DEPTH = 64;

/**
 * A YamlError when `text` opens more than MAX_YAML_DEPTH flow collections at once. Brackets
 * inside quotes count too: a false alarm needs 64 unclosed brackets in one value, while without
 * the limit the parsers recurse until the stack runs out, which depends on the caller's stack.
 */
export function nestingError(text: string): YamlError | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_YAML_DEPTH) {
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        return new YamlError(
          `YAML refused: it is nested more than ${MAX_YAML_DEPTH} levels deep`,
          line,
          i - before.lastIndexOf('\n'),
        );
      }
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

export class YamlError extends Error {
  constructor(
    message: string,
    /** 1-based, relative to the parsed text. */
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'YamlError';
  }
}

export interface ParsedYaml {
  doc: Document;
  value: unknown;
}

/** Parse one YAML document; any error or warning (an unknown tag, a duplicate key) throws YamlError. */
export function parseYaml(text: string, lineCounter = new LineCounter()): ParsedYaml {
  let doc: Document;
  let value: unknown;
  const tooDeep = nestingError(text);
  if (tooDeep) throw tooDeep;
  try {
    doc = parseDocument(text, {
      lineCounter,
      schema: 'core',
      merge: false,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
    });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      const pos = lineCounter.linePos(problem.pos[0]);
      const firstLine = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new YamlError(`invalid YAML: ${firstLine}`, pos.line, pos.col);
    }
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof YamlError) throw error;
    // The composer recurses on nesting, so a hostile file can exhaust the stack; toJS throws on
    // too many aliases. Either way the file is refused, not the process.
    const reason = error instanceof RangeError ? 'it is nested too deeply' : (error as Error).message;
    throw new YamlError(`YAML refused: ${reason}`, 1, 1);
  }
  return { doc, value };
}
