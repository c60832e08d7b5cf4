/**
 * npm run check [-- --format text|github|json] [--root DIR] [--no-fail]
 * Prints every finding; exits 1 when any is an error (0 with --no-fail, for the dev server).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { checkSite } from '../check/check';
import { loadSite } from '../site/manifest';
import { format, FORMATS, type Format } from '../check/report';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string', default: process.env.GITHUB_ACTIONS ? 'github' : 'text' },
        root: { type: 'string', default: '.' },
        'no-fail': { type: 'boolean', default: false },
      },
    }));
  } catch (caught) {
    console.error(`check: ${(caught as Error).message}`);
    return 2;
  }
  if (!FORMATS.includes(values.format as Format)) {
    console.error(`check: --format must be one of ${FORMATS.join(', ')}`);
    return 2;
  }
  const result = checkSite(loadSite(resolve(values.root)));
  console.log(format(result, values.format as Format));
  const failed = result.findings.some((f) => f.severity === 'error');
  return failed && !values['no-fail'] ? 1 : 0;
}

process.exitCode = main();
