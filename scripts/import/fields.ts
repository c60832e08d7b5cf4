/** Small readers for frontmatter values whose type the source may have got wrong. */

/** A non-empty string, or undefined; other types are a problem naming the field. */
export function optionalString(data: Record<string, unknown>, key: string, problems: string[]): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') {
    problems.push(`field "${key}" should be text`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A list of strings written as a list, a single string, or (Jekyll style) split on `separator`. */
export function stringList(
  data: Record<string, unknown>,
  key: string,
  problems: string[],
  separator?: RegExp,
): string[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string' && separator
      ? value.split(separator)
      : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = String(item).trim();
      if (text !== '') out.push(text);
    } else if (typeof item === 'object' && item !== null) {
      // Docusaurus allows inline objects: `authors: [{name: …}]`, `tags: [{label: …}]`.
      const named = (item as Record<string, unknown>).name ?? (item as Record<string, unknown>).label;
      if (typeof named === 'string' && named.trim() !== '') out.push(named.trim());
      else problems.push(`an item of "${key}" has neither a name nor a label`);
    } else {
      problems.push(`field "${key}" should be a list of text`);
    }
  }
  return out;
}

/**
 * A date as YYYY-MM-DD. A time part is dropped (reported): the site dates posts by day.
 */
export function dateField(data: Record<string, unknown>, key: string, changes: string[], problems: string[]) {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const text = value instanceof Date ? value.toISOString() : String(value).trim();
  const match = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(text);
  if (!match) {
    problems.push(`field "${key}" is "${text}", not a date written YYYY-MM-DD: fix it or pass --date YYYY-MM-DD`);
    return undefined;
  }
  if (match[2]!.trim() !== '') changes.push(`kept the day ${match[1]} of the date "${text}"`);
  return match[1];
}

/** Report fields the site does not use; they are left out of the post, never silently. */
export function reportDropped(data: Record<string, unknown>, used: readonly string[], changes: string[]): void {
  for (const [key, value] of Object.entries(data)) {
    if (used.includes(key)) continue;
    const shown = typeof value === 'object' ? JSON.stringify(value) : String(value);
    changes.push(
      `left out field ${key}: ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown} (the site has no use for it)`,
    );
  }
}
