/**
 * Rule id: image-size (a warning, written here: markdownlint has no such rule). An image whose size
 * the page does not know moves the text below it when it arrives. The picture pipeline
 * (content/pictures.ts) writes width and height for every local image it can read, Markdown or
 * `<img>`; what is left is a remote image, never measured (nor loaded from this site), and a local
 * file whose size cannot be read.
 */
import { join } from 'node:path';
import type { MicromarkToken } from 'markdownlint';
import {
  htmlAttribute,
  htmlTags,
  tokensOf,
  type AccessibilityRule,
  type Report,
  type RuleContext,
} from '../a11y/engine';
import { isRemoteImage, localImageFile, readSourceImage } from '../../content/pictures';

/** The file a local image URL names, as Docusaurus resolves it (static folder, @site/, relative). */
const localFile = (url: string, context: RuleContext): string =>
  localImageFile(url, join(context.site.dir, context.path), context.site.dir, context.site.static);

/** The image's size, null when it cannot be read as one, undefined when there is no such file. */
const measure = (file: string) => readSourceImage(file);

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
      if (isRemoteImage(url)) {
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
      if (isRemoteImage(src)) {
        reports.push({ ...at(token), message: `remote image ${src} has no width and height`, suggestion: REMOTE_FIX });
        continue;
      }
      const size = measure(localFile(src, context));
      // The picture pipeline writes the width and height of every local image it can read.
      if (size) continue;
      reports.push({
        ...at(token),
        message: `<img> of ${src} has no width and height, so the text below it moves when it loads`,
        suggestion: 'add width="…" height="…" attributes',
      });
    }
    return reports;
  },
};
