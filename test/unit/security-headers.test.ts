import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  inlineScriptHashes,
  contentSecurityPolicy,
  renderHeadersFile,
  parseHeadersFile,
  writeHeadersFile,
} from '../../scripts/security/headers';
import { contentType } from '../../scripts/serve';

// Known answers, computed with `printf '…' | openssl dgst -sha256 -binary | base64`.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const DATASET = "'sha256-MvTMrx4O85v36uQx+nLrLhFLEXaXC6ekJ2+YCnp+qpg='";

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script', () => {
    expect(inlineScriptHashes('<p>x</p><script>alert(1)</script>')).toEqual([ALERT]);
  });

  it('reads the minifier’s unquoted attributes and upper-case tags', () => {
    const html =
      '<SCRIPT type=text/javascript>alert(1)</SCRIPT><script type=module>document.documentElement.dataset.x="1"</script>';
    expect(inlineScriptHashes(html)).toEqual([ALERT, DATASET]);
  });

  it('skips scripts loaded from files and data blocks such as JSON-LD', () => {
    const html =
      '<script src=/assets/main.js></script><script type=application/ld+json>{"@type":"BlogPosting"}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy([DATASET, ALERT, ALERT]);

  it('allows scripts from the site and the listed hashes only, each once, in a stable order', () => {
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${DATASET} ${ALERT};`);
    expect(policy).not.toMatch(/unsafe-inline'[^;]*script/);
  });

  it('lets the search compile its WebAssembly, but never evaluates JavaScript or runs inline code', () => {
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scriptSrc.split(' ')).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc.split(' ')).not.toContain("'unsafe-eval'");
    expect(scriptSrc.split(' ')).not.toContain("'unsafe-inline'");
  });

  it.each(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])(
    'has %s',
    (directive) => {
      expect(policy.split('; ')).toContain(directive);
    },
  );
});

describe('the _headers file', () => {
  it('round-trips through the format static hosts read', () => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'" };
    const text = renderHeadersFile(headers);
    expect(text).toMatch(
      /^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Content-Security-Policy: default-src 'self'\n\S/,
    );
    expect(parseHeadersFile(text)).toEqual(headers);
  });

  it('gives Markdown copies, at any depth, the type the local server sends them with', () => {
    const text = renderHeadersFile({});
    const block = /^\/\*\.md\n {2}Content-Type: (.+)$/m.exec(text);
    expect(block?.[1]).toBe('text/markdown; charset=utf-8');
    expect(contentType('build/blog/some-story.md')).toBe(block?.[1]);
  });

  it('is written for a build from the scripts of all its pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-headers-'));
    try {
      mkdirSync(join(dir, 'blog'));
      writeFileSync(join(dir, 'index.html'), '<script>alert(1)</script>');
      writeFileSync(
        join(dir, 'blog', 'post.html'),
        '<script type=module>document.documentElement.dataset.x="1"</script>',
      );
      const headers = writeHeadersFile(dir);
      expect(headers['Content-Security-Policy']).toContain(`${DATASET} ${ALERT}`);
      expect(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'))).toEqual(headers);
      for (const name of [
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Cross-Origin-Opener-Policy',
      ]) {
        expect(headers[name], name).toBeTruthy();
      }
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
