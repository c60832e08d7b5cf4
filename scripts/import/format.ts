/** Writing a post's frontmatter in the site's house style: fixed field order, plain scalars when safe. */
import { parseYaml } from '../content/yaml';
import type { PostFrontMatter } from '../content/schema';

/** The order fields appear in every post the importer or scaffolder writes. */
const FIELD_ORDER: (keyof PostFrontMatter)[] = [
  'title',
  'description',
  'subtitle',
  'slug',
  'date',
  'authors',
  'tags',
  'aliases',
  'keywords',
  'image',
  'featured',
  'draft',
  'unlisted',
  'hide_table_of_contents',
  'legacy_id',
  'source_sha256',
];

/** A string as YAML: plain when it reads back as the same string, double-quoted otherwise. */
export function yamlString(value: string): string {
  if (isPlainSafe(value)) return value;
  // JSON strings are valid YAML double-quoted scalars.
  return JSON.stringify(value);
}

/** Inside `[a, b]` commas, brackets, colons and hashes mean something: quote items holding them. */
function flowString(value: string): string {
  return /[,[\]{}:#]/.test(value) ? JSON.stringify(value) : yamlString(value);
}

function isPlainSafe(value: string): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value)) return false;
  // A leading quote or YAML indicator would change what the value means.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  try {
    const { value: back } = parseYaml(`k: ${value}\n`);
    return typeof back === 'object' && back !== null && (back as Record<string, unknown>).k === value;
  } catch {
    return false;
  }
}

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? yamlString(value) : String(value);
}

/** Serialise frontmatter: short lists inline (`[a, b]`), aliases one per line. */
export function formatFrontMatter(frontMatter: PostFrontMatter): string {
  const lines = ['---'];
  for (const key of FIELD_ORDER) {
    const value = frontMatter[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (key === 'aliases') {
        lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
      } else {
        lines.push(`${key}: [${value.map((item) => flowString(item)).join(', ')}]`);
      }
    } else {
      lines.push(`${key}: ${scalar(value)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** A whole post: frontmatter, then the body exactly as given, ending in one newline. */
export function formatPost(frontMatter: PostFrontMatter, body: string): string {
  return formatFrontMatter(frontMatter) + body.replace(/\n*$/, '\n');
}
