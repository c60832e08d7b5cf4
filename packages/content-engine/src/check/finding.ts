/** Findings are data: every rule produces them, one reporter formats them. */
import type { Located, Position } from '../content/position';

export type Severity = 'error' | 'warning';

/**
 * `file` is relative to the site root, with forward slashes; `suggestion` is the fix, in words
 * an author can act on: `did you mean "career"?`, `replace with "’"`.
 */
export interface Finding extends Located {
  severity: Severity;
  /** Stable rule id, such as "unknown-tag". */
  rule: string;
}

export type Location = Position;

export const error = (file: string, at: Location, rule: string, message: string, suggestion?: string): Finding => ({
  file,
  ...at,
  severity: 'error',
  rule,
  message,
  ...(suggestion ? { suggestion } : {}),
});

export const warning = (file: string, at: Location, rule: string, message: string, suggestion?: string): Finding => ({
  ...error(file, at, rule, message, suggestion),
  severity: 'warning',
});

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
