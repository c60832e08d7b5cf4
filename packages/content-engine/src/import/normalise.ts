/**
 * The normalisation steps every import goes through. Each is pure: text and site data in, the
 * result plus a line of report per change (and a problem per thing that cannot be decided) out.
 */
import { findMojibake, repairMojibake } from '../content/text';
import { closest, didYouMean, findKey } from '../content/keys';
import {
  FenceTracker,
  TRUNCATE_MARKER,
  insertTruncate,
  parseMarkdown,
  plainText,
  respellTruncate,
  type Flavour,
} from '../content/markdown';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  KEBAB_CASE,
  SLUG_MAX,
  isRealDate,
  type AuthorsFile,
  type TagsFile,
} from '../content/schema';
import type { Problem, RawTag, RawValue } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Encoding damage and line endings: applied to the whole source before it is parsed. */
export function cleanText(input: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  let text = input;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    changes.push('removed the byte order mark');
  }
  const crlf = text.match(/\r\n?/g)?.length ?? 0;
  if (crlf > 0) {
    text = text.replace(/\r\n?/g, '\n');
    changes.push(`converted ${plural(crlf, 'Windows line ending')} to \\n`);
  }
  const examples = [...new Set(findMojibake(text).map((item) => `${item.found} → ${item.repaired}`))];
  const repaired = repairMojibake(text);
  if (repaired.repairs > 0) {
    text = repaired.text;
    const shown = examples.slice(0, 3).join(', ');
    changes.push(`repaired ${plural(repaired.repairs, 'mojibake sequence')} (${shown})`);
  }
  return { text, changes };
}

/**
 * Trailing whitespace goes, except that two or more trailing spaces inside a paragraph are a
 * Markdown hard line break: those become a backslash so the break survives. Blank lines at the
 * start collapse to one and at the end disappear (the writer ends the file with one newline).
 */
export function tidyBody(input: string): { body: string; changes: string[] } {
  const lines = input.split('\n');
  const fences = new FenceTracker();
  let stripped = 0;
  let breaks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inCode = fences.step(line);
    if (!/[ \t]$/.test(line)) continue;
    const next = lines[i + 1];
    const hardBreak = !inCode && / {2,}$/.test(line) && line.trim() !== '' && next !== undefined && next.trim() !== '';
    if (hardBreak) {
      lines[i] = `${line.trimEnd()}\\`;
      breaks++;
    } else {
      lines[i] = line.trimEnd();
      stripped++;
    }
  }
  const changes: string[] = [];
  if (stripped > 0) changes.push(`removed trailing whitespace from ${plural(stripped, 'line')}`);
  if (breaks > 0) changes.push(`kept ${plural(breaks, 'hard line break')} as a trailing backslash`);
  let body = lines.join('\n').replace(/\n+$/, '');
  const leading = /^\n*/.exec(body)![0].length;
  if (leading > 1) body = `\n${body.slice(leading)}`;
  return { body, changes };
}

/** A URL slug from a title: ASCII letters and digits, single hyphens, at most SLUG_MAX long. */
export function slugify(title: string): string {
  let slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > SLUG_MAX) {
    slug = slug.slice(0, SLUG_MAX + 1);
    slug = slug.slice(0, slug.lastIndexOf('-') > 0 ? slug.lastIndexOf('-') : SLUG_MAX).replace(/-+$/, '');
  }
  return slug;
}

export interface Mapped {
  keys: string[];
  changes: string[];
  problems: Problem[];
}

/** "did you mean" the nearest key, as the checks say it; then what else to do. */
export function nearest(value: string, keys: string[], otherwise: string): string {
  const near = didYouMean(closest(value, keys));
  return near ? `${near} Otherwise ${otherwise}` : otherwise;
}

/** Source tags and categories, then `--tags`, as keys of tags.yml. */
export function mapTags(raw: RawTag[], extra: string[], tags: TagsFile, ignoreUnknown = false): Mapped {
  const entries = Object.entries(tags).map(([key, tag]): [string, string] => [key, tag.label]);
  const keyList = Object.keys(tags);
  const known = keyList.join(', ');
  const keys: string[] = [];
  const changes: string[] = [];
  const problems: Problem[] = [];
  for (const { value, kind, at } of raw) {
    const key = findKey(value, entries);
    if (key === undefined) {
      if (ignoreUnknown) changes.push(`left out ${kind} "${value}": it matches no tag in tags.yml`);
      else
        problems.push({
          rule: 'unknown-tag',
          message: `${kind} "${value}" matches no tag in tags.yml`,
          suggestion: nearest(
            value,
            keyList,
            `add it there, or pass --ignore-unknown-tags to leave it out (known tags: ${known})`,
          ),
          at,
        });
      continue;
    }
    if (kind === 'category') changes.push(`mapped category ${value} → ${key}`);
    else if (key !== value) changes.push(`mapped tag "${value}" → ${key}`);
    if (!keys.includes(key)) keys.push(key);
  }
  for (const value of extra) {
    const key = findKey(value, entries);
    if (key === undefined) {
      problems.push({
        message: `--tags: "${value}" is not a tag in tags.yml`,
        suggestion: nearest(value, keyList, `use a key of tags.yml (${known})`),
      });
      continue;
    }
    if (!keys.includes(key)) {
      keys.push(key);
      changes.push(`added tag ${key} from --tags`);
    }
  }
  if (keys.length === 0 && problems.length === 0) {
    problems.push({ message: 'no tags', suggestion: `pass --tags <a,b> with keys from tags.yml (${known})` });
  }
  return { keys, changes, problems };
}

/** Source authors (keys or display names) as keys of authors.yml; `--author` replaces them. */
export function mapAuthors(raw: RawValue[], option: string | undefined, authors: AuthorsFile): Mapped {
  const entries = Object.entries(authors).map(([key, author]): [string, string] => [key, author.name]);
  const keyList = Object.keys(authors);
  const hint = `pass --author <key> with a key from authors.yml (${keyList.join(', ')})${
    'unknown' in authors ? '; use "unknown" when the author is not known' : ''
  }`;
  const changes: string[] = [];
  const problems: Problem[] = [];
  const names = raw.map((author) => author.value);
  if (option !== undefined) {
    const key = findKey(option, entries);
    if (key === undefined) {
      const message = `--author: "${option}" is not in authors.yml`;
      return { keys: [], changes, problems: [{ message, suggestion: nearest(option, keyList, hint) }] };
    }
    if (names.length > 0 && (names.length !== 1 || findKey(names[0]!, entries) !== key)) {
      changes.push(`author ${names.map((name) => `"${name}"`).join(', ')} replaced by --author ${key}`);
    } else if (names.length === 0) {
      changes.push(`author ${key} from --author`);
    }
    return { keys: [key], changes, problems };
  }
  const keys: string[] = [];
  for (const { value: name, at } of raw) {
    const key = findKey(name, entries);
    if (key === undefined) {
      problems.push({
        rule: 'unknown-author',
        message: `author "${name}" is not in authors.yml`,
        suggestion: nearest(name, keyList, `add an entry there, or ${hint}`),
        at,
      });
      continue;
    }
    if (key !== name) changes.push(`mapped author "${name}" → ${key}`);
    if (!keys.includes(key)) keys.push(key);
  }
  if (raw.length === 0) problems.push({ message: 'no author', suggestion: hint });
  return { keys, changes, problems };
}

/** The post's date: `--date` wins over the source; without either it is a problem. */
export function resolveDate(
  fromSource: string | undefined,
  option: string | undefined,
): { date?: string; changes: string[]; problems: Problem[] } {
  if (option !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(option) || !isRealDate(option)) {
      return { changes: [], problems: [{ message: `--date: "${option}" is not a real date written YYYY-MM-DD` }] };
    }
    const note =
      fromSource && fromSource !== option ? `date ${option} from --date (the source said ${fromSource})` : undefined;
    return { date: option, changes: [note ?? `date ${option} from --date`], problems: [] };
  }
  if (fromSource) return { date: fromSource, changes: [], problems: [] };
  const suggestion = 'pass --date YYYY-MM-DD (the day the story was first published)';
  return { changes: [], problems: [{ message: 'no date', suggestion }] };
}

/** The slug: `--slug`, then what the source asked for, then one made from the title. */
export function resolveSlug(
  fromSource: string | undefined,
  option: string | undefined,
  title: string | undefined,
): { slug?: string; changes: string[]; problems: Problem[] } {
  if (option !== undefined) {
    if (!KEBAB_CASE.test(option) || option.length > SLUG_MAX) {
      const message = `--slug: "${option}" must be lower-case kebab-case, such as "my-story"`;
      return { changes: [], problems: [{ message }] };
    }
    return { slug: option, changes: [`slug ${option} from --slug`], problems: [] };
  }
  if (fromSource !== undefined && KEBAB_CASE.test(fromSource) && fromSource.length <= SLUG_MAX) {
    return { slug: fromSource, changes: [], problems: [] };
  }
  const made = slugify(fromSource ?? title ?? '');
  if (made === '') {
    return {
      changes: [],
      problems: [{ message: 'no slug could be made from the title', suggestion: 'pass --slug <slug>' }],
    };
  }
  return {
    slug: made,
    changes: [`slug ${made} made from the ${fromSource ? `source slug "${fromSource}"` : 'title'}`],
    problems: [],
  };
}

/** The opening paragraphs of a body as plain text, one string per paragraph. */
export function openingParagraphs(body: string, count = 3): string[] {
  const found: string[] = [];
  for (const node of parseMarkdown(body).children) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    if (text !== '') found.push(text);
    if (found.length === count) break;
  }
  return found;
}

/**
 * Fit `text` into DESCRIPTION_MIN..MAX: whole if it fits, else at the last sentence end that
 * fits, else at the last word that fits followed by "…". Undefined when it is too short.
 */
export function cutDescription(input: string): string | undefined {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text.length < DESCRIPTION_MIN) return undefined;
  if (text.length <= DESCRIPTION_MAX) return text;
  let best: number | undefined;
  for (const match of text.matchAll(/[.!?…]["'”’)\]]*(?= )/g)) {
    const end = match.index + match[0].length;
    if (end > DESCRIPTION_MAX) break;
    if (end >= DESCRIPTION_MIN) best = end;
  }
  if (best !== undefined) return text.slice(0, best);
  for (let space = text.lastIndexOf(' ', DESCRIPTION_MAX - 1); space > 0; space = text.lastIndexOf(' ', space - 1)) {
    const cut = `${text.slice(0, space).replace(/[\s,;:–—-]+$/, '')}…`;
    if (cut.length <= DESCRIPTION_MAX) return cut.length >= DESCRIPTION_MIN ? cut : undefined;
  }
  return undefined;
}

/** A description from, in order: `--description`, the source's own, its subtitle, its opening. */
export function resolveDescription(
  option: string | undefined,
  fromSource: string | undefined,
  subtitle: string | undefined,
  body: string,
): { description?: string; changes: string[]; problems: Problem[] } {
  const range = `${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters`;
  if (option !== undefined) {
    const text = option.replace(/\s+/g, ' ').trim();
    if (text.length < DESCRIPTION_MIN || text.length > DESCRIPTION_MAX) {
      return {
        changes: [],
        problems: [{ message: `--description is ${text.length} characters; it must be ${range}` }],
      };
    }
    return { description: text, changes: ['description from --description'], problems: [] };
  }
  const changes: string[] = [];
  for (const [what, candidate] of [
    ['description', fromSource],
    ['subtitle', subtitle],
  ] as const) {
    if (candidate === undefined) continue;
    const text = candidate.replace(/\s+/g, ' ').trim();
    if (text.length >= DESCRIPTION_MIN && text.length <= DESCRIPTION_MAX) {
      if (what === 'subtitle') changes.push('description from the subtitle');
      return { description: text, changes, problems: [] };
    }
    changes.push(`the source's ${what} is ${text.length} characters, outside ${range}: not used as the description`);
  }
  const paragraphs = openingParagraphs(body);
  for (let n = 1; n <= paragraphs.length; n++) {
    const cut = cutDescription(paragraphs.slice(0, n).join(' '));
    if (cut !== undefined) {
      const whence = n === 1 ? 'the first paragraph' : `the first ${n} paragraphs`;
      changes.push(`description from ${whence}${cut.endsWith('…') ? ', cut at a word' : ''}`);
      return { description: cut, changes, problems: [] };
    }
  }
  return {
    changes,
    problems: [
      {
        message: `no description of ${range} could be taken from the story`,
        suggestion: 'pass --description "<text>"',
      },
    ],
  };
}

/**
 * A truncate marker valid in a post of this flavour: a marker in the other spelling is rewritten
 * (an `.mdx` source's JSX comment marker would show as text in a `.md` post), and a post without
 * one gets it after its first paragraph.
 */
export function ensureTruncate(body: string, flavour: Flavour = 'md'): { body: string; changes: string[] } {
  const changes: string[] = [];
  const respelled = respellTruncate(body, flavour);
  if (respelled.respelled > 0) {
    const other = TRUNCATE_MARKER[flavour === 'md' ? 'mdx' : 'md'];
    changes.push(
      `rewrote the truncate marker ${other} as ${TRUNCATE_MARKER[flavour]}, the spelling a .${flavour} post needs`,
    );
  }
  const inserted = insertTruncate(respelled.body, flavour);
  if (inserted.where === 'paragraph') changes.push('added the truncate marker after the first paragraph');
  if (inserted.where === 'end') changes.push('added the truncate marker at the end');
  return { body: inserted.body, changes };
}
