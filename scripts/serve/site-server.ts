/**
 * The server of the production build, serving it the way the static host does: `.html`
 * resolution for trailingSlash:false URLs, the site's 404 page, gzip, and one place that decides
 * the headers: the security headers are read from the build's own `_headers` file, so what the
 * browser tests see is what the host sends. Used by `npm run serve` (scripts/cli/serve.ts), the
 * browser tests and `npm run check:links`.
 *
 * `bare` serves as a host that ignores `_headers` does (GitHub Pages): type and caching only, so
 * the pages' own <meta> policy is all the protection they get.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { HEADERS_FILE, TYPE_HEADERS, parseHeadersFile } from '../security/headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': TYPE_HEADERS['/*.md']!,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
/** Compressing these again would only cost time. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|xslt\+xml|manifest\+json)|image\/svg\+xml)/;

export function contentType(file: string): string {
  // Netlify-style files without an extension (_redirects, _headers) are plain text.
  return (
    TYPES[extname(file).toLowerCase()] ??
    (extname(file) === '' ? 'text/plain; charset=utf-8' : 'application/octet-stream')
  );
}

/** Every response's headers, decided here only: the site's own headers, then per-file ones. */
export function responseHeaders(
  file: string,
  status: number,
  siteHeaders: Record<string, string> = {},
): Record<string, string> {
  const hashedAsset = file.includes(`${sep}assets${sep}`);
  return {
    ...siteHeaders,
    'Content-Type': contentType(file),
    'Cache-Control': hashedAsset && status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The file at `path`, when there is a regular file there. */
export const fileAt = (path: string): Stats | undefined => {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
};

/** The file a URL path names: exact file, then `<path>.html`, then `<path>/index.html`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = normalize(join(root, decoded));
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  const candidates = [base, `${base.replace(/[\\/]$/, '')}.html`, join(base, 'index.html')];
  return candidates.find((candidate) => fileAt(candidate));
}

/** What a host that knows nothing of `_headers` sends: type and caching only. */
export function bareHeaders(file: string, status: number): Record<string, string> {
  const { 'Content-Type': type, 'Cache-Control': cache } = responseHeaders(file, status);
  return { 'Content-Type': type!, 'Cache-Control': cache! };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  status: number,
  siteHeaders: Record<string, string> | undefined,
): void {
  const headers = siteHeaders ? responseHeaders(file, status, siteHeaders) : bareHeaders(file, status);
  const gzip = COMPRESSIBLE.test(headers['Content-Type']!) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  res.writeHead(status, { ...headers, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

/** The `/*` headers of the build's `_headers` file (written by `npm run build`), if any. */
export function siteHeaders(root: string): Record<string, string> {
  const file = join(root, HEADERS_FILE);
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {};
}

export function createSiteServer(dir: string, { bare = false } = {}) {
  const root = resolve(dir);
  const headers = bare ? undefined : siteHeaders(root);
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    if (file) send(req, res, file, 200, headers);
    else if (fileAt(join(root, '404.html'))) send(req, res, join(root, '404.html'), 404, headers);
    else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
}

export interface RunningSiteServer {
  /** `http://<host>:<port>`, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** `createSiteServer` listening on `host`:`port` (0: a free port); rejects when it cannot listen. */
export async function startSiteServer(
  dir: string,
  { port = 0, host = '127.0.0.1', bare = false }: { port?: number; host?: string; bare?: boolean } = {},
): Promise<RunningSiteServer> {
  const server = createSiteServer(dir, { bare });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      listening();
    });
  });
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
