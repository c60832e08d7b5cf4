import { describe, expect, it } from 'vitest';
import {
  inlineScriptHashes,
  contentSecurityPolicy,
  renderHeadersFile,
  parseHeadersFile,
  metaPolicy,
  securityHeaders,
  withMetaPolicy,
} from '../../scripts/security/headers';
import { contentType } from '../../scripts/serve/site-server';

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
});

describe('securityHeaders', () => {
  it('sends the policy and the other headers every page gets', () => {
    const headers = securityHeaders("default-src 'self'");
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'");
    for (const name of [
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'X-Frame-Options',
    ]) {
      expect(headers[name], name).toBeTruthy();
    }
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('the policy as a <meta> tag', () => {
  const policy = contentSecurityPolicy([ALERT]);

  it('is the header policy less the directives a <meta> cannot carry', () => {
    const meta = metaPolicy(`${policy}; report-uri /csp; sandbox allow-scripts`);
    expect(meta.split('; ')).toEqual(
      policy.split('; ').filter((directive) => !directive.startsWith('frame-ancestors')),
    );
    expect(meta).toContain(`script-src 'self' 'wasm-unsafe-eval' ${ALERT}`);
  });

  it('goes right after the charset, before anything else in <head>', () => {
    const html = '<!doctype html><html><head><meta charset=UTF-8><script>alert(1)</script></head><body></body></html>';
    expect(withMetaPolicy(html, "default-src 'self'")).toBe(
      '<!doctype html><html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" ' +
        `content="default-src 'self'"><script>alert(1)</script></head><body></body></html>`,
    );
  });

  it('replaces a policy the page already has, so a second run changes nothing', () => {
    const once = withMetaPolicy('<html><head><meta charset="utf-8"><title>t</title></head></html>', 'a');
    expect(withMetaPolicy(once, 'a')).toBe(once);
    expect(withMetaPolicy(once, 'b')).toBe(once.replace('content="a"', 'content="b"'));
  });

  it('lands first in a page without a <head> tag, where the browser opens one', () => {
    expect(withMetaPolicy('<!DOCTYPE html><title>x</title><script>1</script>', 'a')).toBe(
      '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="a"><title>x</title><script>1</script>',
    );
  });

  it('escapes quotes and ampersands in the attribute', () => {
    expect(withMetaPolicy('<head>', `x "y" &z`)).toContain('content="x &quot;y&quot; &amp;z"');
  });
});
