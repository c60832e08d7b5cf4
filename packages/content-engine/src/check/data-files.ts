/** tags.yml and authors.yml, read for the checks with the line of each key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter } from 'yaml';
import type { z } from 'zod';
import { parseYaml, YamlError } from '../content/yaml';
import { error, type Finding, type Location } from './finding';

export interface DataFile<T> {
  file: string;
  value: T;
  keyPositions: Record<string, Location>;
  findings: Finding[];
}

/**
 * Read a YAML data file; problems become findings and the value falls back to `empty`. An
 * `optional` file that does not exist is `empty`, without a finding.
 */
export function readDataFile<T>(
  siteDir: string,
  file: string,
  schema: z.ZodType<T>,
  empty: T,
  { optional = false } = {},
): DataFile<T> {
  const result: DataFile<T> = { file, value: empty, keyPositions: {}, findings: [] };
  let text: string;
  try {
    text = readFileSync(join(siteDir, file), 'utf8');
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code ?? 'error';
    if (optional && code === 'ENOENT') return result;
    result.findings.push(error(file, { line: 1, column: 1 }, 'data-file', `cannot be read (${code})`));
    return result;
  }
  const lineCounter = new LineCounter();
  let parsed;
  try {
    parsed = parseYaml(text, lineCounter);
  } catch (caught) {
    if (!(caught instanceof YamlError)) throw caught;
    result.findings.push(error(file, { line: caught.line, column: caught.column }, 'data-file', caught.message));
    return result;
  }
  if (isMap(parsed.doc.contents)) {
    for (const item of parsed.doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        const pos = lineCounter.linePos(item.key.range[0]);
        result.keyPositions[String(item.key.value)] = { line: pos.line, column: pos.col };
      }
    }
  }
  const checked = schema.safeParse(parsed.value ?? {});
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0] ?? '');
      const where = issue.path.map(String).join('.');
      result.findings.push(
        error(file, result.keyPositions[key] ?? { line: 1, column: 1 }, 'data-file', `${where}: ${issue.message}`),
      );
    }
    // Keep the keys anyway, so one bad entry does not make every post's tags look unknown.
    if (typeof parsed.value === 'object' && parsed.value !== null) result.value = parsed.value as T;
    return result;
  }
  result.value = checked.data;
  return result;
}
