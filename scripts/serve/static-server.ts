/**
 * The benchmark's server for the production build, bound to 127.0.0.1: URLs and content types
 * resolve exactly as in site-server.ts (whose helpers it uses), plus optional Brotli/gzip held
 * in memory, as a production host would send them to Lighthouse.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { contentType, resolveFile } from './site-server';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt', '.md']);

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
  dir: string,
  port = 0,
  headers: Record<string, string> = {},
  { compress = false } = {},
): Promise<RunningServer> {
  const root = resolve(dir);
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    const type = { 'content-type': contentType(body) };
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
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
