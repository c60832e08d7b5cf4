/** The one place findings are turned into text: for terminals, GitHub Actions, or JSON. */
import type { Finding } from './finding';
import type { CheckResult } from './check';
import { messageWithFix, formatLocation, printable } from '../content/position';

export type Format = 'text' | 'github' | 'json';
export const FORMATS: Format[] = ['text', 'github', 'json'];

export function summary(findings: Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const problems = findings.filter((f) => f.severity !== 'info');
  const files = new Set(problems.map((f) => f.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notes = count('info');
  return (
    `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} in ${plural(files, 'file')}` +
    (notes > 0 ? `; ${plural(notes, 'note')}` : '')
  );
}

/** Where a finding is, as every report names it: `path:line:column`. */
export const findingLocation = (f: Finding): string => formatLocation(f.file, f);

/** What is wrong and, when there is one, the fix. */
export const describeFinding = (f: Finding): string => messageWithFix(f);

/** One finding on one line: `path:line:column  severity  message; fix  (rule)`. */
export const formatFinding = (f: Finding): string =>
  `${findingLocation(f)}  ${f.severity}  ${describeFinding(f)}  (${f.rule})`;

/** `path:line:column  severity  message  (rule)`, a blank line between files, then the summary. */
export function formatText(result: CheckResult): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const f of result.findings) {
    if (previousFile !== undefined && f.file !== previousFile) lines.push('');
    previousFile = f.file;
    lines.push(formatFinding(f));
  }
  if (lines.length > 0) lines.push('');
  lines.push(`${summary(result.findings)} (${result.files} files checked)`);
  return lines.join('\n');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on its line. */
export function formatGithub(result: CheckResult): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = result.findings.map(
    (f) =>
      `::${f.severity === 'info' ? 'notice' : f.severity} file=${escapeProperty(printable(f.file))},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(describeFinding(f))}`,
  );
  lines.push(summary(result.findings));
  return lines.join('\n');
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify({ files: result.files, findings: result.findings }, null, 2);
}

export function format(result: CheckResult, as: Format): string {
  return as === 'github' ? formatGithub(result) : as === 'json' ? formatJson(result) : formatText(result);
}
