/**
 * The hostile corpus: every input the suite feeds to the checks, the importer and the build,
 * with what each must answer. Small inputs are committed under test/fixtures/hostile/ (named
 * for what they are); large ones are generated here, at test time, so the repository stays small.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fixture } from '../helpers/paths';

export const HOSTILE_DIR = fixture('hostile');

/** What the importer's core must do with a case (given no options, so nothing is papered over). */
export type ImportExpectation =
  /** Refusal: never read as a story (binary, code, too large, broken YAML). */
  | 'refused'
  /** Read, but undecidable: the problems name what to fix. */
  | 'problems'
  /** Imported after a repair that the report names; the post written passes the checks. */
  | 'repaired'
  /** Imported as it is; the post written passes the checks. */
  | 'imported'
  /** Not a file the importer is given (a folder, a symlink). */
  | 'n/a';

export interface HostileCase {
  name: string;
  /** The file's bytes; generated cases build them on demand. */
  bytes: () => Buffer;
  /** The error rule `check` reports for the file, or 'accepted' when the file is fine. */
  check: string | 'accepted';
  import: ImportExpectation;
  /** Part of the importer's refusal, problem or change report. */
  importSays?: RegExp;
  generated?: boolean;
}

const committed = (name: string) => () => readFileSync(`${HOSTILE_DIR}/${name}.md`);

const VALID_FRONTMATTER = (slug: string) =>
  [
    'title: A generated hostile post',
    'description: A post that exists to prove that hostile content stays inert on this site.',
    `slug: ${slug}`,
    'date: 2024-01-02',
    'authors: [akecskes]',
    'tags: [hiring]',
  ].join('\n');

const BODY = '\nOpening paragraph.\n\n<!-- truncate -->\n\nMore.\n';

/** Inputs too large to commit. Each is built only when a test asks for it. */
const GENERATED: HostileCase[] = [
  {
    name: 'five-megabyte-post',
    bytes: () =>
      Buffer.from(`---\n${VALID_FRONTMATTER('five-megabyte-post')}\n---\n${BODY}${'word '.repeat(1_048_576)}\n`),
    check: 'file-too-large',
    import: 'refused',
    importSays: /over the limit/,
  },
  {
    name: 'frontmatter-10000-lines',
    bytes: () =>
      Buffer.from(
        `---\n${VALID_FRONTMATTER('frontmatter-10000-lines')}\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n${BODY}`,
      ),
    check: 'file-too-large',
    import: 'refused',
    importSays: /over the limit/,
  },
  {
    name: 'frontmatter-10000-comment-lines',
    // Short lines, so the line limit (not the size limit) is what refuses it.
    bytes: () =>
      Buffer.from(`---\n${VALID_FRONTMATTER('frontmatter-10000-comment-lines')}\n${'#\n'.repeat(10_000)}---\n${BODY}`),
    check: 'file-too-large',
    import: 'refused',
    importSays: /10\d{3} lines, over the limit/,
  },
  {
    name: 'deeply-nested-flow-yaml',
    bytes: () => Buffer.from(`---\ntitle: ${'['.repeat(15_000)}${']'.repeat(15_000)}\n---\n${BODY}`),
    check: 'frontmatter-syntax',
    import: 'refused',
    importSays: /nested more than/,
  },
  {
    name: 'deeply-nested-flow-mappings',
    bytes: () => Buffer.from(`---\ntitle: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n---\n${BODY}`),
    check: 'frontmatter-syntax',
    import: 'refused',
    importSays: /nested more than/,
  },
  {
    name: 'deeply-nested-block-yaml',
    // As deep as block indentation gets within the size limit: parsed, then refused by the schema.
    bytes: () =>
      Buffer.from(
        `---\n${VALID_FRONTMATTER('deeply-nested-block-yaml')}\nimage:\n${Array.from({ length: 240 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n---\n${BODY}`,
      ),
    check: 'schema',
    import: 'problems',
    importSays: /image/,
  },
  {
    name: 'alias-bomb-billion-laughs',
    // Nine levels of nine: 387,420,489 strings if the aliases were expanded.
    bytes: () => {
      const levels = 'abcdefghij';
      const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < levels.length; i++) {
        const prev = levels[i - 1]!;
        lines.push(`${levels[i]}: &${levels[i]} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      }
      return Buffer.from(`---\n${lines.join('\n')}\n---\n${BODY}`);
    },
    check: 'frontmatter-syntax',
    import: 'refused',
    importSays: /alias/,
  },
  {
    name: 'long-single-line-frontmatter',
    bytes: () => Buffer.from(`---\ntitle: "${'x'.repeat(40_000)}"\n---\n${BODY}`),
    check: 'file-too-large',
    import: 'refused',
    importSays: /over the limit/,
  },
];

type Expectation = Omit<HostileCase, 'name' | 'bytes' | 'generated'>;

const refused = (check: string, importSays: RegExp): Expectation => ({ check, import: 'refused', importSays });
const problems = (check: string, importSays: RegExp): Expectation => ({ check, import: 'problems', importSays });
const repaired = (check: string, importSays?: RegExp): Expectation => ({ check, import: 'repaired', importSays });

/** Committed fixtures, by file name without .md, with what each must produce. */
const EXPECTED: Record<string, Expectation> = {
  // Bytes and encodings: undecodable files are refused; damage the importer can undo is undone.
  'invalid-utf8': refused('invalid-utf8', /not valid UTF-8/),
  'latin1-encoded': refused('invalid-utf8', /not valid UTF-8/),
  'overlong-utf8': refused('invalid-utf8', /not valid UTF-8/),
  'utf8-encoded-surrogate': refused('invalid-utf8', /not valid UTF-8/),
  'utf16-le-with-bom': refused('invalid-utf8', /UTF-16/),
  'utf16-be-with-bom': refused('invalid-utf8', /UTF-16/),
  'utf16-le-without-bom': refused('unreadable-file', /NUL bytes/),
  'nul-bytes': refused('unreadable-file', /NUL bytes/),
  'byte-order-mark': repaired('byte-order-mark', /byte order mark/),
  'crlf-line-ends': repaired('accepted', /Windows line endings/),
  'bare-cr-line-ends': repaired('line-endings', /line endings/),
  mojibake: repaired('mojibake', /repaired 2 mojibake/),
  'replacement-character': problems('replacement-character', /U\+FFFD/),
  'terminal-escape-in-tag': problems('unknown-tag', /matches no tag/),
  // YAML: code tags, aliases and odd shapes never reach a post.
  'alias-bomb': refused('frontmatter-syntax', /alias/),
  'duplicate-keys': refused('frontmatter-syntax', /unique/),
  'yaml-js-function-tag': refused('frontmatter-syntax', /Unresolved tag/),
  'yaml-python-object-tag': refused('frontmatter-syntax', /Unresolved tag/),
  'yaml-merge-key': repaired('unknown-field', /left out field <</),
  'frontmatter-never-closed': refused('frontmatter-syntax', /never closed/),
  'frontmatter-is-a-list': refused('frontmatter-syntax', /must be a YAML mapping/),
  'frontmatter-is-a-string': refused('frontmatter-syntax', /must be a YAML mapping/),
  'prototype-pollution-keys': repaired('unknown-field', /left out field __proto__/),
  // Frontmatter in a language that is code: refused, never run.
  'js-frontmatter': refused('frontmatter-language', /"js" is not allowed/),
  'javascript-frontmatter': refused('frontmatter-language', /"javascript" is not allowed/),
  'coffee-frontmatter': refused('frontmatter-language', /"coffee" is not allowed/),
  'json-frontmatter': refused('frontmatter-language', /"json" is not allowed/),
  'toml-frontmatter': refused('frontmatter-language', /TOML/),
  // Fields of the wrong shape or out of range.
  'tags-as-a-string': problems('schema', /matches no tag/),
  // A number is a fine title once written as text, which the importer does.
  'number-as-title': { check: 'schema', import: 'imported' },
  'impossible-date': problems('invalid-date', /2026-02-30 does not exist/),
  'far-future-date': problems('invalid-date', /between 1990 and 2100/),
  'far-past-date': problems('invalid-date', /0001-01-01 does not exist/),
  // Slugs that would escape the folder or fool a reader: the checks refuse them, the importer
  // makes a plain slug of them and says so.
  'slug-with-dot-dot': repaired('invalid-slug', /slug tmp-escaped made from the source slug/),
  'slug-with-homoglyphs': repaired('invalid-slug', /slug h-stile-p-st made from the source slug/),
  'emoji-only-title': problems('invalid-slug', /no slug could be made from the title/),
  'only-frontmatter': repaired('missing-truncate', /added the truncate marker/),
  'empty-file': problems('schema', /no title/),
  'whitespace-only': problems('schema', /no title/),
  // Unsafe content in the body.
  'script-tag': problems('unsafe-html', /<script> is not allowed/),
  'script-tag-with-src': problems('unsafe-html', /<script> is not allowed/),
  'event-handler': problems('unsafe-html', /onerror/),
  'event-handler-on-div': problems('unsafe-html', /onmouseover/),
  'javascript-link': problems('unsafe-link', /javascript: URLs/),
  'javascript-link-obfuscated': problems('unsafe-link', /javascript: URLs/),
  'vbscript-link': problems('unsafe-link', /vbscript: URLs/),
  'data-link': problems('unsafe-link', /data: URLs/),
  'iframe-not-on-allowlist': problems('unsafe-html', /<iframe> from "evil.example"/),
  // Good twins: inert content that must pass, so the rules above are not blanket refusals.
  'iframe-on-allowlist': { check: 'accepted', import: 'imported' },
  // In a .md post, braces and `export` are text (CommonMark, not MDX); the importer, which cannot
  // know whether the source meant them as MDX, asks.
  'mdx-code-in-md': problems('accepted', /MDX import\/export/),
};

/** Every committed fixture and every generated input. */
export const CORPUS: HostileCase[] = [
  ...readdirSync(HOSTILE_DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3))
    .sort()
    .map((name) => {
      const expected = EXPECTED[name];
      if (!expected) throw new Error(`test/fixtures/hostile/${name}.md has no expectation in corpus.ts`);
      return { name, bytes: committed(name), ...expected };
    }),
  ...GENERATED.map((c) => ({ ...c, generated: true })),
];

/** Inputs that are not a plain file in blog/: they need a folder or a link set up. */
export const SPECIAL_CASES = ['directory-named-like-a-post', 'symlink-to-outside'] as const;
