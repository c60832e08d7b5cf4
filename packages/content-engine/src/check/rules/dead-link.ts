/**
 * Rule id: dead-link. Links that resolve to nothing a reader can open, which the broken-link rule
 * (links.ts: pages and files the site lacks) cannot see: no URL at all, a bare `#`, a placeholder
 * left from the draft (TODO, TBD, url…), a machine only the author reaches (localhost, a private
 * address, a file on the author's disk), and a web address without its scheme, which the site
 * reads as one of its own pages. In Markdown links, reference definitions and HTML `<a href>`.
 */
import { error, type Finding } from '../finding';
import type { SourceFile } from '../source';

/** A web address written without https://: a relative link to a page named like a domain. */
const SCHEMELESS_DOMAIN =
  /^(?:www\.[a-z0-9-]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|co|edu|gov|info|me|ai|uk|de|fr|eu))(?:[/?#:]|$)/i;

const PLACEHOLDER = /^(?:todo|tbd|tk|fixme|xxx+|url|link|here|placeholder|insert[-_ ]?(?:url|link)|\.\.\.|…|\?+)$/i;
const LOCAL_HOST =
  /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[^/:?#]+\.(?:local|localhost|internal|test|invalid|lan))(?:[:/?#]|$)/i;
const AUTHORS_DISK = /^(?:file:|[a-z]:[\\/]|~\/|\/(?:Users|home)\/)/i;

/** Why `url` leads nowhere, and the fix; undefined when it may lead somewhere. */
export function deadLinkReason(url: string): [string, string] | undefined {
  const trimmed = url.trim();
  const fix = 'put the URL of the page meant here, or remove the link and keep its text';
  if (trimmed === '') return ['this link has no URL, so it leads nowhere', fix];
  if (trimmed === '#') return ['this link points at # alone, which leads nowhere', fix];
  if (PLACEHOLDER.test(trimmed)) return [`the URL "${trimmed}" is a placeholder left from the draft`, fix];
  if (LOCAL_HOST.test(trimmed)) return [`${trimmed} is on a machine only the author can reach`, fix];
  if (AUTHORS_DISK.test(trimmed)) return [`${trimmed} is a file on the author's computer`, fix];
  if (SCHEMELESS_DOMAIN.test(trimmed)) {
    return [
      `${trimmed} has no https://, so the site reads it as one of its own pages, which does not exist`,
      `write https://${trimmed}`,
    ];
  }
  return undefined;
}

const HTML_HREF = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]*))/gi;

export function deadLinkRule(source: SourceFile): Finding[] {
  const markdown = source.markdown;
  if (!markdown) return [];
  const findings: Finding[] = [];
  for (const link of markdown.links) {
    const reason = deadLinkReason(link.url);
    if (!reason) continue;
    const what = link.kind === 'image' ? reason[0].replace('this link has', 'this image has') : reason[0];
    findings.push(error(source.path, { line: link.line, column: link.column }, 'dead-link', what, reason[1]));
  }
  for (const html of markdown.html) {
    if (!html.value.includes('href')) continue;
    for (const match of html.value.matchAll(HTML_HREF)) {
      const reason = deadLinkReason(match[1] ?? match[2] ?? match[3] ?? '');
      if (!reason) continue;
      const before = html.value.slice(0, match.index);
      const newline = before.lastIndexOf('\n');
      const at =
        newline === -1
          ? { line: html.line, column: html.column + match.index }
          : { line: html.line + before.split('\n').length - 1, column: match.index - newline };
      findings.push(error(source.path, at, 'dead-link', reason[0], reason[1]));
    }
  }
  return findings;
}
