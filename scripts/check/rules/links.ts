/**
 * Rule ids: broken-link, broken-anchor (image-alt is an accessibility rule: see ../a11y). Links are checked at the source against the
 * routes and headings the site will have, so an author learns of a broken link before building.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { error, type Finding } from '../finding';
import { closest, didYouMean } from '../../content/keys';
import { trimRoute, type SiteIndex } from '../site';
import type { SourceFile } from '../source';
import { unsafeScheme } from './unsafe';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function linksRule(source: SourceFile, site: SiteIndex, siteDir: string): Finding[] {
  const markdown = source.markdown;
  if (!markdown) return [];
  const findings: Finding[] = [];

  for (const link of markdown.links) {
    const at = { line: link.line, column: link.column };
    const url = link.url.trim();
    if (url === '' || unsafeScheme(url)) continue;
    const pathname = url.startsWith('pathname://') ? url.slice('pathname://'.length) : url;
    if (EXTERNAL.test(pathname)) continue;

    const hashIndex = pathname.indexOf('#');
    const target = decode((hashIndex === -1 ? pathname : pathname.slice(0, hashIndex)).replace(/\?.*$/, ''));
    const anchor = hashIndex === -1 ? undefined : decode(pathname.slice(hashIndex + 1));

    let anchors: Set<string> | undefined;
    if (target === '') {
      anchors = markdown.anchors;
    } else if (target.startsWith('/')) {
      const route = trimRoute(target);
      if (!site.routes.has(route)) {
        findings.push(
          error(
            source.path,
            at,
            'broken-link',
            `link to ${route}: no page of the site has that URL`,
            didYouMean(closest(route, site.routes)),
          ),
        );
        continue;
      }
      anchors = site.anchors.get(route);
    } else {
      const file = posix.normalize(posix.join(posix.dirname(source.path), target));
      if (!site.files.has(file) && !existsSync(join(siteDir, file))) {
        findings.push(
          error(
            source.path,
            at,
            'broken-link',
            `link to ${target}: there is no file ${file}`,
            didYouMean(closest(file, site.files)),
          ),
        );
        continue;
      }
      anchors = site.anchors.get(file);
    }
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
