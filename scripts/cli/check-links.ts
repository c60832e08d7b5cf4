/**
 * npm run check:links [-- --external] [--dir build] [--timeout 10000] [--concurrency 8]
 * Serves the production build on 127.0.0.1 and crawls it (scripts/links/built-links.ts).
 * Exit codes: 0 every link answers, 1 a broken internal link or fragment (and, with --external,
 * an external link that answers with an error), 2 wrong usage or no build.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from '@sde/content-engine/cli';
import { startSiteServer } from '../serve/site-server';
import { checkBuiltLinks, readCache, writeCache } from '../links/built-links';

const CACHE_FILE = 'node_modules/.cache/sde/external-links.json';

export const USAGE = `Usage: npm run check:links -- [options]

Follows every link and fragment of the built site, served on 127.0.0.1.

Options:
  --dir <dir>             the build to check (default: build)
  --external              check external links too (answers are cached in ${CACHE_FILE})
  --timeout <ms>          how long to wait for each link (default: 10000)
  --concurrency <n>       links checked at once (default: 8)
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      dir: { type: 'string', default: 'build' },
      external: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '8' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const timeoutMs = wholeNumber('timeout', values.timeout, 1);
  const concurrency = wholeNumber('concurrency', values.concurrency, 1);
  const root = resolve(io.cwd, values.dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new UsageError(`no build in ${values.dir}/: run npm run build first`, null);
  }
  const cacheFile = resolve(io.cwd, CACHE_FILE);
  const server = await startSiteServer(root);
  const cache = readCache(cacheFile);
  try {
    const report = await checkBuiltLinks({
      origin: server.url,
      external: values.external,
      timeoutMs,
      concurrency,
      cache,
    });
    const local = (url: string) => url.replace(server.url, '') || '/';
    for (const link of report.broken) {
      io.out(`broken  ${local(link.url)}  (status ${link.status || 'none'})  on page ${local(link.page)}`);
    }
    for (const link of report.unreachable) {
      io.out(`unreachable  ${link.url}  on page ${local(link.page)}`);
    }
    io.out(
      `${report.checked} links checked: ${report.broken.length} broken, ${report.unreachable.length} unreachable` +
        (values.external ? '' : ' (external links skipped; --external checks them)'),
    );
    return report.broken.length > 0 ? 1 : 0;
  } finally {
    if (values.external) writeCache(cacheFile, cache);
    await server.close();
  }
}

runDirectly(import.meta, main);
