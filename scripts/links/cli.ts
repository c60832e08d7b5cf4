/**
 * npm run check:links [-- --external] [--dir build] [--timeout 10000] [--concurrency 8]
 * Serves the production build on 127.0.0.1 and crawls it; exits 1 on any broken internal link
 * or fragment (and, with --external, on external links that answer with an error).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createSiteServer } from '../serve';
import { checkBuiltLinks, readCache, writeCache } from './built-links';

const CACHE_FILE = 'node_modules/.cache/sde/external-links.json';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'build' },
      external: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  const root = resolve(values.dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`check:links: no build in ${values.dir}/: run npm run build first`);
    return 2;
  }
  const site = createSiteServer(root);
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const server = {
    url: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => site.close(() => done())),
  };
  const cache = readCache(CACHE_FILE);
  try {
    const report = await checkBuiltLinks({
      origin: server.url,
      external: values.external,
      timeoutMs: Number(values.timeout),
      concurrency: Number(values.concurrency),
      cache,
    });
    const local = (url: string) => url.replace(server.url, '') || '/';
    for (const link of report.broken) {
      console.log(`broken  ${local(link.url)}  (status ${link.status || 'none'})  on page ${local(link.page)}`);
    }
    for (const link of report.unreachable) {
      console.log(`unreachable  ${link.url}  on page ${local(link.page)}`);
    }
    console.log(
      `${report.checked} links checked: ${report.broken.length} broken, ${report.unreachable.length} unreachable` +
        (values.external ? '' : ' (external links skipped; --external checks them)'),
    );
    return report.broken.length > 0 ? 1 : 0;
  } finally {
    if (values.external) writeCache(CACHE_FILE, cache);
    await server.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (caught: unknown) => {
    console.error(`check:links: ${(caught as Error).message}`);
    process.exitCode = 2;
  },
);
