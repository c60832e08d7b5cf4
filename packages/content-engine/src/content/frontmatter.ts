/**
 * The one safe frontmatter parser. gray-matter splits the file; YAML is parsed by the `yaml`
 * package with hard limits; every other frontmatter language is refused before anything runs.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, type Document } from 'yaml';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { nestingError, parseYaml, YamlError } from './yaml';
import type { Position } from './position';

/** A file larger than this is refused before it is parsed. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Frontmatter larger than this (in characters) or longer than this many lines is refused. */
export const MAX_FRONTMATTER_CHARS = 32 * 1024;
export const MAX_FRONTMATTER_LINES = 500;

/** A problem with a file's frontmatter, located in the file (1-based line and column). */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly rule: 'frontmatter-syntax' | 'frontmatter-language' | 'file-too-large' | 'line-endings',
  ) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

export interface ParsedFrontMatter {
  /** The YAML mapping at the top of the file ({} when the file has no frontmatter). */
  data: Record<string, unknown>;
  /** Everything after the closing delimiter. */
  content: string;
  /** 1-based line of the first line of `content` in the original text. */
  contentLine: number;
  /**
   * Where each top-level key starts ("tags"), and each item of a list value ("tags.1"), so a
   * finding can point at the exact field.
   */
  positions: Record<string, Position>;
  /** Whether the file had a frontmatter block at all. */
  hasFrontMatter: boolean;
}

const refuseCode = (language: string) => (): never => {
  // Registered in place of gray-matter's eval-based engines: reaching this is a bug upstream.
  throw new FrontMatterError(
    `frontmatter language "${language}" is not allowed: only YAML frontmatter is read, and it is never evaluated`,
    1,
    1,
    'frontmatter-language',
  );
};

const BOM = '\uFEFF';

/** Parse `text` (a whole Markdown file) into YAML data and body. Throws FrontMatterError. */
export function parseFrontMatter(text: string): ParsedFrontMatter {
  if (text.length > MAX_FILE_BYTES) {
    throw new FrontMatterError(
      `file is ${text.length} characters long, over the limit of ${MAX_FILE_BYTES}`,
      1,
      1,
      'file-too-large',
    );
  }
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  // A file with CR-only line ends reads as one long line here but as many lines to Markdown:
  // without this, its frontmatter is silently not seen and every field looks missing.
  const loneCr = source.search(/\r(?!\n)/);
  if (loneCr !== -1) {
    const before = source.slice(0, loneCr);
    const line = (before.match(/\r\n?|\n/g)?.length ?? 0) + 1;
    const column = loneCr - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    throw new FrontMatterError(
      'a line ends with a bare carriage return (CR, old Mac style): save the file with LF line ends',
      line,
      column,
      'line-endings',
    );
  }
  const firstLineEnd = source.search(/\r?\n|$/);
  const firstLine = source.slice(0, firstLineEnd);

  if (/^\+\+\+\s*$/.test(firstLine)) {
    throw new FrontMatterError(
      'TOML frontmatter (+++) is not supported: write the frontmatter as YAML between --- lines',
      1,
      1,
      'frontmatter-language',
    );
  }
  const opening = /^---[ \t]*(\S*)[ \t]*$/.exec(firstLine);
  if (!opening) {
    return { data: {}, content: source, contentLine: 1, positions: {}, hasFrontMatter: false };
  }
  const language = opening[1]!.toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new FrontMatterError(
      `frontmatter language "${opening[1]}" is not allowed: only YAML frontmatter is read, and it is never evaluated`,
      1,
      4,
      'frontmatter-language',
    );
  }
  const closing = /\r?\n---[ \t]*(\r?\n|$)/.exec(source.slice(firstLineEnd));
  if (!closing) {
    throw new FrontMatterError(
      'frontmatter opened on line 1 is never closed: add a line with --- after the last field',
      1,
      1,
      'frontmatter-syntax',
    );
  }
  const rawLength = closing.index;
  if (rawLength > MAX_FRONTMATTER_CHARS) {
    throw new FrontMatterError(
      `frontmatter is ${rawLength} characters long, over the limit of ${MAX_FRONTMATTER_CHARS}`,
      1,
      1,
      'file-too-large',
    );
  }

  // Filled by the YAML engine below when the slow parser ran (it knows where every key is).
  let doc: Document | undefined;
  let lineCounter = new LineCounter();
  const slowParse = (raw: string): object => {
    lineCounter = new LineCounter();
    try {
      const parsed = parseYaml(raw, lineCounter);
      doc = parsed.doc;
      return (parsed.value ?? {}) as object;
    } catch (error) {
      if (!(error instanceof YamlError)) throw error;
      // gray-matter's raw block keeps the newline after the opening ---, so its lines are the file's.
      throw new FrontMatterError(error.message, error.line, error.column, 'frontmatter-syntax');
    }
  };
  let raw = '';
  const parsed = (matter as unknown as (input: string, options: object) => matter.GrayMatterFile<string>)(source, {
    language: 'yaml',
    engines: {
      yaml: (block: string) => {
        raw = block;
        const lines = block.split('\n').length;
        if (lines > MAX_FRONTMATTER_LINES) {
          throw new FrontMatterError(
            `frontmatter has ${lines} lines, over the limit of ${MAX_FRONTMATTER_LINES}`,
            1,
            1,
            'file-too-large',
          );
        }
        // Refused before either parser recurses into it.
        const tooDeep = nestingError(block);
        if (tooDeep) throw new FrontMatterError(tooDeep.message, tooDeep.line, tooDeep.column, 'frontmatter-syntax');
        // Fast path for plain YAML: js-yaml's core schema (no timestamps, no custom types) is
        // several times quicker. Anchors, aliases and tags (&, *, !) and anything it rejects go
        // to the slow parser, which enforces the limits and words the error.
        if (PLAIN_YAML.test(block)) {
          try {
            return (loadYaml(block, { schema: CORE_SCHEMA }) ?? {}) as object;
          } catch {
            return slowParse(block);
          }
        }
        return slowParse(block);
      },
      js: refuseCode('js'),
      javascript: refuseCode('javascript'),
      coffee: refuseCode('coffee'),
      json: refuseCode('json'),
    },
  });

  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError(
      'frontmatter must be a YAML mapping of fields (key: value), not a list or a single value',
      2,
      1,
      'frontmatter-syntax',
    );
  }
  const content = parsed.content;
  const prefix = source.slice(0, source.length - content.length);
  let positions: Record<string, Position> | undefined;
  return {
    data: data as Record<string, unknown>,
    content,
    contentLine: countLines(prefix) + 1,
    // Positions are needed only to report a finding, so they are worked out on first use.
    get positions() {
      if (positions) return positions;
      try {
        if (!doc) slowParse(raw);
        positions = locateKeys(doc!, lineCounter);
      } catch (error) {
        // The two parsers disagree on a few malformed inputs (js-yaml accepts what the yaml
        // package rejects). The data stands as the fast parser read it; only positions are lost,
        // and findings then point at the start of the frontmatter instead of throwing.
        if (!(error instanceof FrontMatterError)) throw error;
        positions = {};
      }
      return positions;
    },
    hasFrontMatter: true,
  };
}

/** YAML with no anchors, aliases or tags: safe for the fast parser. */
const PLAIN_YAML = /^[^&*!]*$/;

function locateKeys(doc: Document, lineCounter: LineCounter): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const contents = doc.contents;
  if (!isMap(contents)) return positions;
  for (const item of contents.items) {
    if (!isScalar(item.key) || !item.key.range) continue;
    const key = String(item.key.value);
    positions[key] = at(item.key.range[0]);
    if (isSeq(item.value)) {
      item.value.items.forEach((entry, index) => {
        const range = (entry as { range?: [number, number, number] } | null)?.range;
        if (range) positions[`${key}.${index}`] = at(range[0]);
      });
    } else {
      const range = (item.value as { range?: [number, number, number] } | null)?.range;
      if (range) positions[`${key}=`] = at(range[0]);
    }
  }
  return positions;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
