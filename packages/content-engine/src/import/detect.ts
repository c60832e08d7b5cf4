/** Which shape a source has: decided from its frontmatter keys and its file name, never its extension alone. */
import type { ParsedFrontMatter } from '../content/frontmatter';
import type { Shape } from './types';
import { parseJekyllFileName } from './jekyll';

/** Keys only Jekyll posts use; Docusaurus would reject each of them. */
const JEKYLL_KEYS = ['layout', 'author', 'categories', 'category', 'permalink', 'redirect_from', 'published', 'id'];

export function detectShape(
  path: string,
  parsed: Pick<ParsedFrontMatter, 'data' | 'hasFrontMatter'>,
): {
  shape: Shape;
  reason: string;
} {
  if (!parsed.hasFrontMatter) return { shape: 'text', reason: 'no frontmatter' };
  const jekyllKey = JEKYLL_KEYS.find((key) => key in parsed.data);
  if (jekyllKey && !('authors' in parsed.data)) return { shape: 'jekyll', reason: `frontmatter has "${jekyllKey}"` };
  if (/(^|[\\/])_posts[\\/]/.test(path)) return { shape: 'jekyll', reason: 'the file is in a _posts folder' };
  if (parseJekyllFileName(path) && !('authors' in parsed.data)) {
    return { shape: 'jekyll', reason: 'the file name starts with a date' };
  }
  return { shape: 'docusaurus', reason: 'YAML frontmatter without Jekyll fields' };
}
