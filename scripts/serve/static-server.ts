/**
 * A small static server for the production build, bound to 127.0.0.1: resolves URLs without
 * `.html` the way static hosts do (trailingSlash: false), answers 404 with the site's 404 page.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file that answers `pathname`, or undefined. Never resolves outside `root`. */
export function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const base = normalize(join(root, decoded));
  if (base !== root && !base.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return undefined;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt']);

/** The encoding to answer with, preferring Brotli as browsers and CDNs do. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * With `compress`, text files are sent with Brotli or gzip like a production host would; the
 * compressed bytes are kept in memory, since a build does not change while it is served.
 */
export async function startStaticServer(
  root: string,
  port = 0,
  headers: Record<string, string> = {},
  { compress = false } = {},
): Promise<RunningServer> {
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    const type = { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' };
    const encoding =
      compress && COMPRESSIBLE.has(extname(body)) ? pickEncoding(request.headers['accept-encoding']) : undefined;
    if (encoding) {
      const key = `${encoding}:${body}`;
      let bytes = compressed.get(key);
      if (!bytes) {
        const raw = readFileSync(body);
        bytes = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
        compressed.set(key, bytes);
      }
      response.writeHead(status, { ...type, 'content-encoding': encoding, vary: 'Accept-Encoding', ...headers });
      return response.end(request.method === 'HEAD' ? undefined : bytes);
    }
    response.writeHead(status, { ...type, ...headers });
    if (request.method === 'HEAD') return response.end();
    createReadStream(body)
      .on('error', () => response.end())
      .pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
