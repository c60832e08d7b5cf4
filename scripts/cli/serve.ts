/**
 * npm run serve [-- --dir build] [--port 3000] [--host 127.0.0.1] [--no-headers]
 * Serves the production build as the static host does (scripts/serve/site-server.ts), until it is
 * stopped. `--no-headers` serves it as GitHub Pages does, without the headers of `_headers`.
 * Exit codes: 2 wrong usage or no build; 1 when the server cannot listen.
 */
import { join, resolve } from 'node:path';
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from '@sde/content-engine/cli';
import { fileAt, startSiteServer } from '../serve/site-server';

export const USAGE = `Usage: npm run serve -- [options]

Serves the production build at http://127.0.0.1:3000 with the headers of its _headers file.

Options:
  --dir <dir>             the build to serve (default: build)
  --port <port>           the port (default: $PORT, else 3000)
  --host <host>           the address to listen on (default: 127.0.0.1)
  --no-headers            send no security headers, as GitHub Pages does
  --help                  show this help`;

/** Resolves once the server listens; the server then keeps the process running. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseCommandLine(argv, {
    options: {
      dir: { type: 'string', default: 'build' },
      port: { type: 'string', default: io.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-headers': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const { dir, host } = values;
  const port = wholeNumber('port', values.port);
  if (!fileAt(join(resolve(io.cwd, dir), 'index.html'))) {
    throw new UsageError(`no ${dir}/index.html: run npm run build first`, null);
  }
  const bare = values['no-headers'];
  await startSiteServer(resolve(io.cwd, dir), { port, host, bare });
  io.out(`serving ${dir} at http://${host}:${port}/${bare ? ' without security headers' : ''}`);
  return 0;
}

runDirectly(import.meta, main);
