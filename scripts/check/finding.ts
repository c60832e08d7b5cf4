/** Findings are data: every rule produces them, one reporter formats them. */

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule id, such as "unknown-tag". */
  rule: string;
  message: string;
  /** The fix, in words an author can act on: `did you mean "career"?`, `replace with "’"`. */
  suggestion?: string;
}

export interface Location {
  line: number;
  column: number;
}

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
