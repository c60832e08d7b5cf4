/**
 * Reading a source's frontmatter fields whose type the source may have got wrong. Every problem
 * points at the field in the source; the changes and problems are collected for the report.
 */
import type { ParsedFrontMatter } from '../content/frontmatter';
import type { Position } from '../content/position';
import { fieldsOf, type PostSchema } from '../content/schema';
import type { Problem, RawValue } from './types';

export class SourceFields {
  readonly changes: string[] = [];
  readonly problems: Problem[] = [];
  /** Fields of the schema that `kept` dealt with: kept, or a problem. */
  private readonly handled = new Set<string>();

  constructor(private readonly source: Pick<ParsedFrontMatter, 'data' | 'positions'>) {}

  get data(): Record<string, unknown> {
    return this.source.data;
  }

  /** Where a field's value (or item `index` of a list) is in the source. */
  at(key: string, index?: number): Position | undefined {
    const positions = this.source.positions;
    return (index === undefined ? undefined : positions[`${key}.${index}`]) ?? positions[`${key}=`] ?? positions[key];
  }

  problem(key: string, message: string, index?: number): void {
    this.problems.push({ message, at: this.at(key, index) });
  }

  /** A non-empty string, or undefined; other types are a problem naming the field. */
  string(key: string): string | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') {
      this.problem(key, `field "${key}" should be text`);
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** A list of strings written as a list, a single string, or (Jekyll style) split on `separator`. */
  list(key: string, separator?: RegExp): RawValue[] {
    const value = this.data[key];
    if (value === undefined || value === null) return [];
    const listed = Array.isArray(value);
    const items = listed ? value : typeof value === 'string' && separator ? value.split(separator) : [value];
    const out: RawValue[] = [];
    items.forEach((item: unknown, index) => {
      const at = this.at(key, listed ? index : undefined);
      if (typeof item === 'string' || typeof item === 'number') {
        const text = String(item).trim();
        if (text !== '') out.push({ value: text, at });
      } else if (typeof item === 'object' && item !== null) {
        // Docusaurus allows inline objects: `authors: [{name: …}]`, `tags: [{label: …}]`.
        const named = (item as Record<string, unknown>).name ?? (item as Record<string, unknown>).label;
        if (typeof named === 'string' && named.trim() !== '') out.push({ value: named.trim(), at });
        else this.problem(key, `an item of "${key}" has neither a name nor a label`, listed ? index : undefined);
      } else {
        this.problem(key, `field "${key}" should be a list of text`, listed ? index : undefined);
      }
    });
    return out;
  }

  /** A date as YYYY-MM-DD. A time part is dropped (reported): the site dates posts by day. */
  date(key: string): string | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) return undefined;
    const text = value instanceof Date ? value.toISOString() : String(value).trim();
    const match = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(text);
    if (!match) {
      this.problem(key, `field "${key}" is "${text}", not a date written YYYY-MM-DD: fix it or pass --date YYYY-MM-DD`);
      return undefined;
    }
    if (match[2]!.trim() !== '') this.changes.push(`kept the day ${match[1]} of the date "${text}"`);
    return match[1];
  }

  /**
   * The fields of the schema that the source has, except `exclude` (what the importer decides
   * itself), each as it was when the schema accepts it on its own, else a problem with the
   * schema's message.
   */
  kept(schema: PostSchema, exclude: readonly string[]): Record<string, unknown> {
    const kept: Record<string, unknown> = {};
    for (const key of fieldsOf(schema)) {
      if (exclude.includes(key) || !Object.hasOwn(this.data, key)) continue;
      this.handled.add(key);
      const result = schema.shape[key]!.safeParse(this.data[key]);
      if (result.success) kept[key] = result.data;
      else this.problem(key, `field "${key}": ${result.error.issues[0]!.message}`);
    }
    return kept;
  }

  /** Report fields neither read nor kept: they are left out of the post, never silently. */
  reportDropped(read: readonly string[]): void {
    for (const [key, value] of Object.entries(this.data)) {
      if (read.includes(key) || this.handled.has(key)) continue;
      const shown = typeof value === 'object' ? JSON.stringify(value) : String(value);
      this.changes.push(
        `left out field ${key}: ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown} (the site has no use for it)`,
      );
    }
  }
}
