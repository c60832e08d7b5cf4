/**
 * The stylesheet trimmed to what the build really emits: PurgeCSS keeps a rule when a class, id,
 * tag or attribute it names occurs as a word in some page or script of the build, and drops it
 * otherwise. Scripts count, so classes that only code adds (menus opening, the active tab) stay.
 */
import { createHash } from 'node:crypto';
import { PurgeCSS, type UserDefinedSafelist } from 'purgecss';

/** A word as PurgeCSS's default extractor sees one: class names, ids, tags, attributes, `--props`. */
const WORD = /[A-Za-z0-9_-]+/g;

/** A script setting `element.dataset.fooBar` adds the attribute `data-foo-bar`. */
const DATASET = /\bdataset\.([A-Za-z]\w*)/g;

/** Adds every word of `text` to `words`, and the `data-*` attributes its scripts set via `dataset`. */
export function addWords(text: string, words: Set<string>): void {
  for (const word of text.match(WORD) ?? []) words.add(word);
  for (const [, name] of text.matchAll(DATASET))
    words.add(`data-${name!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}

/**
 * Selectors to keep although no build file spells them out: class names that code puts together
 * at run time, so their whole name never appears as one word.
 */
export const SAFELIST: UserDefinedSafelist = {
  // Prism and the code block compose `language-${name}` from the fence's language.
  standard: [/^language-/],
};

export interface Trimmed {
  css: string;
  /** Selectors dropped, for the report. */
  dropped: number;
}

/**
 * `css` without the rules, custom properties and keyframes that nothing in `words` uses. A custom
 * property a page or script names (an SVG attribute, an inline style) counts as used, and so do
 * the properties its value reads: PurgeCSS's own variable safelist keeps the property but drops
 * what it reads, so the words go in as a rule that reads them, taken out again afterwards.
 */
export async function trimStylesheet(css: string, words: ReadonlySet<string>): Promise<Trimmed> {
  const properties = [...words].filter((word) => /^--[A-Za-z]/.test(word));
  const usedByPages = properties.length
    ? `\nhtml{x-used-by-pages:${properties.map((p) => `var(${p})`).join(' ')}}`
    : '';
  const [result] = await new PurgeCSS().purge({
    css: [{ raw: css + usedByPages }],
    content: [{ raw: [...words].join(' '), extension: 'txt' }],
    defaultExtractor: (content) => content.split(' '),
    safelist: SAFELIST,
    variables: true,
    keyframes: true,
    rejected: true,
  });
  const trimmed = result?.css ?? '';
  if (!trimmed.endsWith(usedByPages))
    throw new Error('trimStylesheet: PurgeCSS dropped or moved the used-by-pages rule');
  return { css: trimmed.slice(0, trimmed.length - usedByPages.length), dropped: result?.rejected?.length ?? 0 };
}

/**
 * The name a stylesheet gets for `content`: its hash part (`styles.<hash>.css`) is the content's,
 * so a trimmed file that changes gets a new name, and long-lived caches never serve a stale one.
 */
export function contentHashedName(name: string, content: string): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  const hashed = /^(.*)\.[0-9a-f]{8,}\.css$/i.exec(name);
  return hashed ? `${hashed[1]}.${hash}.css` : name.replace(/\.css$/i, `.${hash}.css`);
}
