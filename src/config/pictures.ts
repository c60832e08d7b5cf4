/** The picture pipeline's place in the configuration: the Markdown transform for docs and stories. */
import { remarkPictures, type RemarkPicturesOptions } from '@sde/content-engine/markdown';
import type { Site } from '@sde/content-engine';
import { BODY_SIZES, pictureBaseUrl } from '../lib/pictures';
import { CACHE_DIR } from '../plugins/images';

/** For `beforeDefaultRemarkPlugins`: it must run before Docusaurus's own image transform. */
export function remarkPicturesEntry(site: Site): [typeof remarkPictures, RemarkPicturesOptions] {
  return [remarkPictures, { siteDir: site.dir, staticDir: site.static, baseUrl: pictureBaseUrl(), sizes: BODY_SIZES }];
}

/**
 * The static folders: in the dev server also the picture cache, whose files appear as they are
 * encoded (a production build copies the ones its pages use instead).
 */
export function staticDirectories(site: Site, production = process.env.NODE_ENV === 'production'): string[] {
  return production ? [site.static] : [site.static, CACHE_DIR];
}
