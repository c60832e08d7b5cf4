/**
 * Writing a post's frontmatter in the site's house style: the schema's field order, plain scalars
 * when safe.
 */
import { stringify } from 'yaml';
import { parseYaml } from '../content/yaml';
import { fieldsOf, postFrontMatterSchema, type PostFrontMatter, type PostSchema } from '../content/schema';

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

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Serialise frontmatter in the schema's field order: short lists of text inline (`[a, b]`),
 * aliases one per line, and any other shape a field may have as the yaml package writes it.
 */
export function formatFrontMatter(frontMatter: PostFrontMatter, schema: PostSchema = postFrontMatterSchema): string {
  const lines = ['---'];
  const data = frontMatter as Record<string, unknown>;
  for (const key of fieldsOf(schema)) {
    const value = data[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      if (key === 'aliases') lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
      else lines.push(`${key}: [${value.map((item) => flowString(item)).join(', ')}]`);
    } else if (isScalar(value)) {
      lines.push(`${key}: ${typeof value === 'string' ? yamlString(value) : String(value)}`);
    } else {
      lines.push(stringify({ [key]: value }).trimEnd());
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** A whole post: frontmatter, then the body exactly as given, ending in one newline. */
export function formatPost(frontMatter: PostFrontMatter, body: string, schema?: PostSchema): string {
  return formatFrontMatter(frontMatter, schema) + body.replace(/\n*$/, '\n');
}
