/**
 * npm run build:finish [-- --dir build] [--keep-untrimmed .cache/untrimmed-css]: the last step of
 * `npm run build` (scripts/postbuild/finish.ts). Exit codes: 0 done, 2 wrong usage or no build to
 * finish.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCommandLine, processIo, runDirectly, UsageError, type Io } from '@sde/content-engine/cli';
import { finishBuild, type FinishReport } from '../postbuild/finish';

export const USAGE = `Usage: npm run build:finish -- [options]

Trims the build's stylesheet to the rules its pages use and writes its security policy, into every
page and as _headers.

Options:
  --dir <dir>                 the build to finish (default: build)
  --keep-untrimmed <dir>      where the untrimmed stylesheet is kept (default: .cache/untrimmed-css)
  --help                      show this help`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** What the step did, in a few lines. */
export function formatReport(dir: string, report: FinishReport, gzipped: (path: string) => number): string {
  const lines = [
    `finished ${dir}/: ${report.pages} pages and ${report.scripts} scripts read in ${seconds(report.ms.read)}`,
    ...report.stylesheets.map(
      (sheet) =>
        `  ${sheet.from} -> ${sheet.to}: ${kb(sheet.bytesBefore)} -> ${kb(sheet.bytesAfter)} ` +
        `(${kb(gzipped(sheet.to))} gzip), ${sheet.droppedSelectors} unused selectors dropped, in ${seconds(report.ms.css)}`,
    ),
    `  Content-Security-Policy with ${report.scriptHashes} inline script hashes: in every page's <meta> and in ` +
      `${dir}/_headers (${Object.keys(report.headers).length} headers); pages written in ${seconds(report.ms.write)}`,
  ];
  return lines.join('\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      dir: { type: 'string', default: 'build' },
      'keep-untrimmed': { type: 'string', default: join('.cache', 'untrimmed-css') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const dir = values.dir;
  const path = resolve(io.cwd, dir);
  if (!existsSync(join(path, 'index.html'))) throw new UsageError(`no build in ${dir}/: run npm run build first`, null);
  const report = await finishBuild(path, { keepUntrimmedIn: resolve(io.cwd, values['keep-untrimmed']) });
  io.out(formatReport(dir, report, (file) => gzipSync(readFileSync(join(path, file))).length));
  return 0;
}

runDirectly(import.meta, main);
