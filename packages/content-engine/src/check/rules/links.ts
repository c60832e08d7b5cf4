/**
 * Rule ids: broken-link, broken-anchor (image-alt is an accessibility rule: see ../a11y). Links are checked at the source against the
 * routes and headings the site will have, so an author learns of a broken link before building.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { error, type Finding } from '../finding';
import { closest, didYouMean } from '../../content/keys';
import { trimRoute } from '../../site/routes';
import { isoDay, publicationOf } from '../../content/schedule';
import type { SourceFile } from '../source';
import type { CheckContext } from '../context';
import { unsafeScheme } from './unsafe';
import { deadLinkReason } from './dead-link';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Where a link of a file leads, as far as the site can tell before it is built. */
export type LinkTarget =
  /** External, unsafe (another rule's business) or empty: not checked here. */
  | { kind: 'elsewhere' }
  /** A route or file the site lacks, with the nearest one it has. */
  | { kind: 'missing'; message: string; nearest?: string }
  /** A page the site has, with the fragment asked for and the anchors the page has. */
  | { kind: 'page'; anchor?: string; anchors?: Set<string> };

export function resolveLink(
  url: string,
  source: Pick<SourceFile, 'path' | 'markdown' | 'post'>,
  context: Pick<CheckContext, 'site' | 'index'>,
): LinkTarget {
  const { index, site } = context;
  const trimmed = url.trim();
  if (trimmed === '' || unsafeScheme(trimmed)) return { kind: 'elsewhere' };
  const pathname = trimmed.startsWith('pathname://') ? trimmed.slice('pathname://'.length) : trimmed;
  if (EXTERNAL.test(pathname)) return { kind: 'elsewhere' };
  // A placeholder, or a web address without https://, is the dead-link rule's, with its own fix.
  if (deadLinkReason(pathname)) return { kind: 'elsewhere' };

  const hashIndex = pathname.indexOf('#');
  const target = decode((hashIndex === -1 ? pathname : pathname.slice(0, hashIndex)).replace(/\?.*$/, ''));
  const anchor = hashIndex === -1 ? undefined : decode(pathname.slice(hashIndex + 1));
  if (target === '') return { kind: 'page', anchor, anchors: source.markdown?.anchors };
  if (target.startsWith('/')) {
    const route = trimRoute(target);
    const out = index.later.get(route);
    if (out) {
      // A scheduled story's page exists from its day: fine from a story that comes out no earlier.
      const from = source.post ? publicationOf(source.post) : undefined;
      if (!from || from.getTime() < out.getTime()) {
        return {
          kind: 'missing',
          message: `link to ${route}: that story is scheduled for ${isoDay(out)}, and has no page before then`,
        };
      }
      return { kind: 'page', anchor, anchors: index.anchors.get(route) };
    }
    if (!index.routes.has(route)) {
      return {
        kind: 'missing',
        message: `link to ${route}: no page of the site has that URL`,
        nearest: closest(route, index.routes),
      };
    }
    return { kind: 'page', anchor, anchors: index.anchors.get(route) };
  }
  const file = posix.normalize(posix.join(posix.dirname(source.path), target));
  if (!index.files.has(file) && !existsSync(join(site.dir, file))) {
    return {
      kind: 'missing',
      message: `link to ${target}: there is no file ${file}`,
      nearest: closest(file, index.files),
    };
  }
  return { kind: 'page', anchor, anchors: index.anchors.get(file) };
}

export function linksRule(source: SourceFile, context: Pick<CheckContext, 'site' | 'index'>): Finding[] {
  const markdown = source.markdown;
  if (!markdown) return [];
  const findings: Finding[] = [];

  for (const link of markdown.links) {
    const at = { line: link.line, column: link.column };
    const target = resolveLink(link.url, source, context);
    if (target.kind === 'missing') {
      findings.push(error(source.path, at, 'broken-link', target.message, didYouMean(target.nearest)));
      continue;
    }
    const { anchor, anchors } = target.kind === 'page' ? target : {};
    if (anchor && anchors && !anchors.has(anchor)) {
      findings.push(
        error(
          source.path,
          at,
          'broken-anchor',
          `link to #${anchor}: the target has no heading with that anchor`,
          didYouMean(closest(anchor, anchors)) ??
            (anchors.size ? `anchors there: ${[...anchors].slice(0, 5).join(', ')}` : undefined),
        ),
      );
    }
  }
  return findings;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
