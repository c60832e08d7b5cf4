/** Findings are data: every rule produces them, one reporter formats them. */
import type { Located, Position } from '../content/position';

/** `info` is news for the author, never a problem: a story scheduled for a later day, say. */
export type Severity = 'error' | 'warning' | 'info';

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

export const info = (file: string, at: Location, rule: string, message: string): Finding => ({
  ...error(file, at, rule, message),
  severity: 'info',
});

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
