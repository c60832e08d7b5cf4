/**
 * Rule ids: cover-image, cover-alt. A story's cover (frontmatter `cover: {image, alt}`) is a
 * picture the site can publish: a file that exists, a photo or screenshot (JPEG, PNG, WebP or
 * AVIF, which the pipeline resizes; not SVG or GIF), wide enough for the preview card it is drawn
 * behind. Its alt text (required by the schema) says what it shows, not what the file is called.
 */
import { join } from 'node:path';
import { error, warning, type Finding } from '../finding';
import type { SourceFile } from '../source';
import type { CheckContext } from '../context';
import { isRemoteImage, localImageFile, readSourceImage } from '../../content/pictures';

/** The preview card is 1200 pixels wide: a narrower cover is stretched behind its title. */
export const COVER_MIN_WIDTH = 1200;

const PLACEHOLDER_ALT = /^(?:image|picture|photo|cover|img|screenshot|untitled)(?:\s*\d*)?$/i;

export function coverRule(source: SourceFile, context: Pick<CheckContext, 'site'>): Finding[] {
  const cover = source.post?.cover;
  if (source.kind !== 'post' || !cover || !source.parsed) return [];
  const parsed = source.parsed;
  const at = () => parsed.positions['cover'] ?? { line: 1, column: 1 };
  const findings: Finding[] = [];
  const { site } = context;
  const fileName = cover.image.split(/[\\/]/).pop()!;
  if (PLACEHOLDER_ALT.test(cover.alt) || cover.alt === fileName) {
    findings.push(
      error(
        source.path,
        at(),
        'cover-alt',
        `cover.alt "${cover.alt}" does not say what the picture shows`,
        'describe it in a few words, e.g. "The support team around the whiteboard of the war room"',
      ),
    );
  }
  if (isRemoteImage(cover.image)) {
    findings.push(
      error(
        source.path,
        at(),
        'cover-image',
        `cover ${cover.image} is on another site: covers are published by this site`,
        'save it beside the post (./cover.jpg) or under static/img/ and write its path',
      ),
    );
    return findings;
  }
  const file = localImageFile(cover.image, join(site.dir, source.path), site.dir, site.static);
  const image = readSourceImage(file);
  if (image === undefined) {
    findings.push(
      error(
        source.path,
        at(),
        'cover-image',
        `cover ${cover.image} does not exist`,
        'write a path relative to the post (./cover.jpg) or under static/ (/img/cover.jpg)',
      ),
    );
  } else if (image === null || image.format === 'svg' || image.format === 'gif') {
    findings.push(
      error(
        source.path,
        at(),
        'cover-image',
        `cover ${cover.image} is not a photo or screenshot the site can resize`,
        'use a JPEG, PNG, WebP or AVIF file',
      ),
    );
  } else if (image.width < COVER_MIN_WIDTH) {
    findings.push(
      warning(
        source.path,
        at(),
        'cover-image',
        `cover ${cover.image} is ${image.width} pixels wide; the preview card stretches it to ${COVER_MIN_WIDTH}`,
        `use a picture at least ${COVER_MIN_WIDTH} pixels wide`,
      ),
    );
  }
  return findings;
}
