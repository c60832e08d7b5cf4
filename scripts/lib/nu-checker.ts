/**
 * The Nu Html Checker (vnu.jar from the vnu-jar package, run by Debian's Java: see
 * scripts/ensure-java.sh), over many files in one Java process: starting the checker costs about
 * a second, checking a page a few milliseconds. Errors only; positions as data.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

/**
 * vnu.jar's path: the vnu-jar package's main export is that path, as a string. Resolved from the
 * working directory (the repository root, for every runner here), since this file is loaded both
 * as ESM (vitest, tsx) and as CommonJS (Playwright).
 */
export const VNU_JAR = String(createRequire(join(process.cwd(), 'package.json'))('vnu-jar') as string);

export interface NuError {
  /** The file as given (relative to `cwd` when one is passed). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** The markup around it, as the checker quotes it. */
  extract?: string;
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** The errors vnu.jar reports for `files` (HTML), in one run; a checker that cannot run throws. */
export async function nuErrors(files: string[], { cwd = process.cwd(), java = 'java' } = {}): Promise<NuError[]> {
  if (files.length === 0) return [];
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files];
  const stderr = await new Promise<string>((resolve, reject) => {
    execFile(java, args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error)
        reject(new Error(`the Nu Html Checker did not run (${error.message.trim()}): see scripts/ensure-java.sh`));
      else resolve(stderr);
    });
  });
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(stderr) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`the Nu Html Checker printed something other than its JSON report: ${stderr.slice(0, 500)}`);
  }
  // Anything that is not info (a warning with --errors-only is not printed) fails the page:
  // "error", and "non-document-error" (a file it could not read).
  return (report.messages ?? [])
    .filter((message) => message.type !== 'info')
    .map((message) => ({
      file: message.url?.startsWith('file:') ? relative(cwd, fileURLToPath(message.url)) : (message.url ?? ''),
      line: message.lastLine ?? message.firstLine ?? 0,
      column: message.firstColumn ?? 0,
      message: message.message,
      ...(message.extract ? { extract: message.extract } : {}),
    }));
}

/** One line per error: `file:line:column  message`. */
export const formatNuError = (error: NuError): string =>
  `${error.file}:${error.line}:${error.column}  ${error.message}`;
