/**
 * npm run build:finish [-- --dir build] [--keep-untrimmed .cache/untrimmed-css]: the last step of
 * `npm run build` (see finish.ts). Exit codes: 0 done, 2 usage (no build to finish).
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { finishBuild, type FinishReport } from './finish';

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

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dir: { type: 'string', default: 'build' },
        'keep-untrimmed': { type: 'string', default: join('.cache', 'untrimmed-css') },
      },
    }));
  } catch (caught) {
    console.error(`build:finish: ${(caught as Error).message}`);
    return 2;
  }
  const dir = values.dir;
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`build:finish: no build in ${dir}/: run npm run build first`);
    return 2;
  }
  const report = await finishBuild(dir, { keepUntrimmedIn: values['keep-untrimmed'] });
  console.log(formatReport(dir, report, (path) => gzipSync(readFileSync(join(dir, path))).length));
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) void main().then((code) => (process.exitCode = code));
