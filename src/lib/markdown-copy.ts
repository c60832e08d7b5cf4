/**
 * Where a page's Markdown copy is published: its URL plus `.md` (the site has no trailing slashes,
 * so `/blog/some-story` has its copy at `/blog/some-story.md`). The build writes the copies
 * (src/plugins/llms); pages, feeds and llms.txt link to them through this one function.
 */
export const markdownCopyUrl = (permalink: string): string => `${permalink.replace(/\/$/, '')}.md`;

export const MARKDOWN_TYPE = 'text/markdown';

/** The attributes of a page's `<link rel="alternate">` to its Markdown copy. */
export const markdownAlternateLink = (permalink: string) => ({
  rel: 'alternate',
  type: MARKDOWN_TYPE,
  href: markdownCopyUrl(permalink),
  title: 'Markdown',
});
