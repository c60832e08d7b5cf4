/**
 * Rule ids: unsafe-html, unsafe-link. A post is content, not code: no scripts, no event
 * handlers, no script or data URLs, no frames from hosts we have not vetted.
 */
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

/** Hosts whose embeds may appear in an <iframe>. */
export const IFRAME_ALLOWLIST = ['www.youtube-nocookie.com', 'player.vimeo.com'];

const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** The scheme a browser would see: it ignores whitespace and control characters inside it. */
export function unsafeScheme(url: string): string | undefined {
  const decoded = url.replace(/&#x?([0-9a-f]+);?/gi, (_, code: string) =>
    String.fromCodePoint(parseInt(code, /^[0-9]+$/.test(code) ? 10 : 16) || 0x20),
  );
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return UNSAFE_SCHEMES.find((scheme) => compact.startsWith(scheme));
}

const SCRIPT = /<script\b/i;
const EVENT_HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/i;
const IFRAME = /<iframe\b[^>]*>/i;
const IFRAME_SRC = /\ssrc\s*=\s*["']?([^"'\s>]+)/i;
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function unsafeContentRule(source: SourceFile): Finding[] {
  const markdown = source.markdown;
  if (!markdown) return [];
  const findings: Finding[] = [];
  const at = (line: number, column: number) => ({ line, column });

  for (const html of markdown.html) {
    const where = at(html.line, html.column);
    if (SCRIPT.test(html.value)) {
      findings.push(error(source.path, where, 'unsafe-html', '<script> is not allowed in a post', 'remove the script'));
    }
    const handler = EVENT_HANDLER.exec(html.value);
    if (handler) {
      findings.push(
        error(
          source.path,
          where,
          'unsafe-html',
          `inline event handler ${handler[1]} is not allowed`,
          'remove the attribute',
        ),
      );
    }
    const iframe = IFRAME.exec(html.value);
    if (iframe) {
      const src = IFRAME_SRC.exec(iframe[0])?.[1] ?? '';
      let host = '';
      try {
        host = new URL(src).hostname;
      } catch {
        // An iframe without a usable absolute src is refused below.
      }
      if (!IFRAME_ALLOWLIST.includes(host)) {
        findings.push(
          error(
            source.path,
            where,
            'unsafe-html',
            `<iframe> from "${host || src || 'nowhere'}" is not allowed`,
            `embed only from ${IFRAME_ALLOWLIST.join(' or ')}, or link to the page instead`,
          ),
        );
      }
    }
    for (const match of html.value.matchAll(URL_ATTRIBUTE)) {
      const scheme = unsafeScheme(match[1] ?? match[2] ?? match[3] ?? '');
      if (scheme) {
        findings.push(
          error(source.path, where, 'unsafe-link', `${scheme} URLs are not allowed`, 'link to a page instead'),
        );
      }
    }
  }
  for (const link of markdown.links) {
    const scheme = unsafeScheme(link.url);
    if (scheme) {
      findings.push(
        error(
          source.path,
          at(link.line, link.column),
          'unsafe-link',
          `${scheme} URLs are not allowed`,
          'link to a page instead',
        ),
      );
    }
  }
  return findings;
}
