import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentType, resolveFile, responseHeaders, siteHeaders } from '../../scripts/serve/site-server';

const site = mkdtempSync(join(tmpdir(), 'sde-serve-'));
mkdirSync(join(site, 'blog', 'tags'), { recursive: true });
mkdirSync(join(site, 'old'), { recursive: true });
writeFileSync(join(site, 'index.html'), 'home');
writeFileSync(join(site, 'blog.html'), 'blog');
writeFileSync(join(site, 'blog', 'tags', 'index.html'), 'tags');
writeFileSync(join(site, 'old', 'post.html.html'), 'moved');
writeFileSync(join(site, '_headers'), "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'\n");

describe('the static server', () => {
  it('resolves URLs as a static host does with trailingSlash: false', () => {
    expect(resolveFile(site, '/')).toBe(join(site, 'index.html'));
    expect(resolveFile(site, '/blog')).toBe(join(site, 'blog.html'));
    expect(resolveFile(site, '/blog/tags')).toBe(join(site, 'blog', 'tags', 'index.html'));
    // The client-redirects plugin writes a `.html` alias as `<name>.html.html`.
    expect(resolveFile(site, '/old/post.html')).toBe(join(site, 'old', 'post.html.html'));
    expect(resolveFile(site, '/missing')).toBeUndefined();
  });

  it('never serves a file outside the build', () => {
    expect(resolveFile(site, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(site, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveFile(site, '/%00')).toBeUndefined();
    expect(resolveFile(site, '/%E0%A4%A')).toBeUndefined();
  });

  it("sends the headers of the build's _headers file with every response", () => {
    const headers = responseHeaders(join(site, 'index.html'), 200, siteHeaders(site));
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'");
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('names content types, caching hashed assets for good', () => {
    expect(contentType('a/og.png')).toBe('image/png');
    expect(contentType('build/_redirects')).toMatch(/^text\/plain/);
    expect(responseHeaders(join(site, 'assets', 'js', 'main.1234.js'), 200)['Cache-Control']).toContain('immutable');
    expect(responseHeaders(join(site, 'index.html'), 200)['Cache-Control']).toBe('no-cache');
  });
});
