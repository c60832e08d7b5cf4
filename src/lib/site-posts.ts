/**
 * The blog's posts, read once per build and shared by the site's plugins (the redirects in the
 * config, the home page's stories, the social cards, the redirect files after the build). Each
 * read is checked against the files' sizes and modification times, so the dev server still sees
 * every edit.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BLOG_DIR, listMarkdownFiles, loadPosts, type LoadedPost } from '@sde/content-engine';

let last: { key: string; posts: readonly LoadedPost[] } | undefined;

function fingerprint(siteDir: string): string {
  const files = listMarkdownFiles(siteDir, BLOG_DIR).map((path) => {
    const { size, mtimeMs } = statSync(join(siteDir, path));
    return `${path}\t${size}\t${mtimeMs}`;
  });
  return `${siteDir}\n${files.join('\n')}`;
}

/** loadPosts(siteDir), from memory while no post file changed. Callers must not modify the result. */
export function sitePosts(siteDir: string): readonly LoadedPost[] {
  const key = fingerprint(siteDir);
  if (last?.key !== key) last = { key, posts: loadPosts(siteDir) };
  return last.posts;
}
