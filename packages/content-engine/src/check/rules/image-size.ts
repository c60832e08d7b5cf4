/**
 * Rule id: image-size (a warning, written here: markdownlint has no such rule). An image whose size
 * the page does not know moves the text below it when it arrives. Docusaurus writes width and
 * height for Markdown images of local files it can measure; raw `<img>` tags need them by hand,
 * and a remote image is never measured (nor loaded from this site).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageSize } from 'image-size';
import type { MicromarkToken } from 'markdownlint';
import {
  htmlAttribute,
  htmlTags,
  tokensOf,
  type AccessibilityRule,
  type Report,
  type RuleContext,
} from '../a11y/engine';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The file a local image URL names, as Docusaurus resolves it (static folder, @site/, relative). */
function localFile(url: string, context: RuleContext): string {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the URL as written.
  }
  if (path.startsWith('@site/')) return join(context.site.dir, path.slice('@site/'.length));
  if (path.startsWith('/')) return join(context.site.dir, context.site.static, path);
  return join(context.site.dir, dirname(context.path), path);
}

const sizes = new Map<string, { width: number; height: number } | null>();

/** The image's size, null when it cannot be read as one, undefined when there is no such file. */
function measure(file: string): { width: number; height: number } | null | undefined {
  let key: string;
  try {
    key = `${file}\0${statSync(file).mtimeMs}`;
  } catch {
    return undefined;
  }
  if (!sizes.has(key)) {
    try {
      const { width, height } = imageSize(readFileSync(file));
      sizes.set(key, width && height ? { width, height } : null);
    } catch {
      sizes.set(key, null);
    }
  }
  return sizes.get(key);
}

const REMOTE_FIX = 'save the image under static/img/ and link it as /img/<name>';

function markdownImages(tokens: MicromarkToken[]): { token: MicromarkToken; url: string }[] {
  const definitions = new Map<string, string>();
  for (const definition of tokensOf(tokens, 'definition')) {
    const label = tokensOf(definition.children, 'definitionLabelString')[0]?.text ?? '';
    const url = tokensOf(definition.children, 'definitionDestinationString')[0]?.text ?? '';
    definitions.set(label.trim().toLowerCase(), url);
  }
  return tokensOf(tokens, 'image').map((token) => {
    const direct = tokensOf(token.children, 'resourceDestinationString')[0]?.text;
    const reference =
      tokensOf(token.children, 'referenceString')[0]?.text ?? tokensOf(token.children, 'labelText')[0]?.text;
    return { token, url: direct ?? definitions.get((reference ?? '').trim().toLowerCase()) ?? '' };
  });
}

export const imageSizeRule: AccessibilityRule = {
  id: 'image-size',
  severity: 'warning',
  gate: (body) => body.includes('![') || (body.includes('<') && /<img/i.test(body)),
  check(tokens, context) {
    const reports: Report[] = [];
    const at = (token: MicromarkToken) => ({ line: token.startLine, column: token.startColumn });

    for (const { token, url } of markdownImages(tokens)) {
      if (!url || url.startsWith('pathname://')) continue;
      if (REMOTE.test(url)) {
        reports.push({ ...at(token), message: `remote image ${url} has no known size`, suggestion: REMOTE_FIX });
        continue;
      }
      if (measure(localFile(url, context)) === null) {
        reports.push({
          ...at(token),
          message: `the size of ${url} cannot be read, so the page cannot keep room for it`,
          suggestion: 'give the SVG width and height attributes, or use <img> with width="…" height="…"',
        });
      }
    }

    for (const token of htmlTags(tokens, 'img')) {
      const src = htmlAttribute(token.text, 'src') ?? '';
      const width = htmlAttribute(token.text, 'width');
      const height = htmlAttribute(token.text, 'height');
      if (!src || (width && height)) continue;
      if (REMOTE.test(src)) {
        reports.push({ ...at(token), message: `remote image ${src} has no width and height`, suggestion: REMOTE_FIX });
        continue;
      }
      const size = measure(localFile(src, context));
      reports.push({
        ...at(token),
        message: `<img> of ${src} has no width and height, so the text below it moves when it loads`,
        suggestion: size ? `add width="${size.width}" height="${size.height}"` : 'add width="…" height="…" attributes',
      });
    }
    return reports;
  },
};
