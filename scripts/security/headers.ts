/**
 * Security headers the built site really satisfies: a Content-Security-Policy computed from the
 * pages themselves (a hash for every inline script Docusaurus emitted, nothing else inline may
 * run), written as `build/_headers` for static hosts and read back by the local server, and put
 * into every page as a `<meta>` tag for hosts that send no headers of ours (GitHub Pages).
 * This file is the one source of the policy; scripts/postbuild/ applies it to a build.
 */
import { createHash } from 'node:crypto';
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const HEADERS_FILE = '_headers';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Types the policy governs: scripts, and speculation rules (which need a hash as well). */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'speculationrules']);

/** sha256 source expressions for each inline script a browser would run in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    // JSON-LD and other data blocks are never executed, so CSP does not govern them.
    if (!EXECUTABLE_TYPES.has(type)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The policy for a site whose inline scripts have these hashes. */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    // Search compiles Pagefind's WebAssembly; 'wasm-unsafe-eval' allows that and no JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    // React and the theme set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // The theme's icons are data: SVGs in CSS.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header the site sends, besides those that depend on the file (type, caching). */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Content types to send for files whose type a host may not know or may send without a charset:
 * the pages' Markdown copies (src/plugins/llms). Netlify and Cloudflare both match `/*.md` at any
 * depth. The local server sends the same (scripts/serve/site-server.ts).
 */
export const TYPE_HEADERS: Record<string, string> = { '/*.md': 'text/markdown; charset=utf-8' };

/** `_headers` in the format Netlify and Cloudflare Pages read: every path's block, then the types. */
export function renderHeadersFile(headers: Record<string, string>): string {
  const block = (path: string, entries: [string, string][]) =>
    `${path}\n${entries.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
  return [
    block('/*', Object.entries(headers)),
    ...Object.entries(TYPE_HEADERS).map(([path, type]) => block(path, [['Content-Type', type]])),
  ].join('');
}

/** Read the `/*` block of a `_headers` file back into headers. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim() !== '') inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const index = line.indexOf(':');
      headers[line.slice(0, index).trim()] = line.slice(index + 1).trim();
    }
  }
  return headers;
}

/** Write `headers` as the build's `_headers` file. */
export function writeHeadersFile(outDir: string, headers: Record<string, string>): void {
  const target = join(outDir, HEADERS_FILE);
  writeFileSync(`${target}.tmp`, renderHeadersFile(headers));
  renameSync(`${target}.tmp`, target);
}

/** Directives a policy delivered in a `<meta>` tag may not carry: browsers ignore them there. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** `policy` without the directives a `<meta>` tag cannot carry. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

const META_CSP = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>/gi;
const HEAD_START = /<head\b[^>]*>(\s*<meta\s+charset\b[^>]*>)?/i;

/**
 * `html` with `policy` as its first `<meta http-equiv="Content-Security-Policy">`: right after the
 * charset, before any script (a meta policy governs only what follows it). A policy the page
 * already carries is replaced, so running this twice changes nothing.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const page = html.replace(META_CSP, '');
  const head = HEAD_START.exec(page);
  if (head) return page.slice(0, head.index + head[0].length) + tag + page.slice(head.index + head[0].length);
  // No <head> tag: the browser opens one implicitly, and the tag lands in it when it comes first.
  const start = /^(\s*<!doctype[^>]*>)?(\s*<html\b[^>]*>)?/i.exec(page)![0].length;
  return page.slice(0, start) + tag + page.slice(start);
}
