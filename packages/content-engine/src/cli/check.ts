/**
 * `sde-content check` (`npm run check`): every finding of the content checks, then a summary.
 * Exit codes: 0 no errors (or --no-fail, for the dev server), 1 errors, 2 wrong usage.
 */
import { resolve } from 'node:path';
import { checkSite } from '../check/check';
import { format, FORMATS, type Format } from '../check/report';
import { loadSite } from '../site/manifest';
import { siteNow } from '../content/schedule';
import { parseCommandLine, processIo, runDirectly, UsageError, type Io } from './index';

export const USAGE = `Usage: npm run check -- [options]

Checks every post and doc page: frontmatter, tags, authors, links, text damage, accessibility.
A post dated after today is listed as "scheduled for <date>" (information: it does not fail).
Today is SITE_NOW when that is set (an ISO date such as 2026-05-04), else the clock.

Options:
  --format <format>       text, github or json (default: github on GitHub Actions, else text)
  --root <dir>            the site to check (default: .)
  --no-fail               exit 0 even when there are errors
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      format: { type: 'string', default: io.env.GITHUB_ACTIONS ? 'github' : 'text' },
      root: { type: 'string', default: '.' },
      'no-fail': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (!FORMATS.includes(values.format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  }
  const result = checkSite(loadSite(resolve(io.cwd, values.root)), [], siteNow(io.env, io.now));
  io.out(format(result, values.format as Format));
  const failed = result.findings.some((finding) => finding.severity === 'error');
  return failed && !values['no-fail'] ? 1 : 0;
}

runDirectly(import.meta, main);
