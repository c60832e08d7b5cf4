/**
 * The blog's posts, read once per build and shared by the site's plugins (the redirects in the
 * config, the home page's stories, the social cards, the redirect files after the build). Each
 * read is checked against the files' sizes and modification times, so the dev server still sees
 * every edit.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listPostFiles, loadPosts, type LoadedPost, type Site } from '@sde/content-engine';

let last: { key: string; posts: readonly LoadedPost[] } | undefined;

function fingerprint(site: Site): string {
  const files = listPostFiles(site).map((path) => {
    const { size, mtimeMs } = statSync(join(site.dir, path));
    return `${path}\t${size}\t${mtimeMs}`;
  });
  return `${site.dir}\n${site.blog.path}\n${files.join('\n')}`;
}

/** loadPosts(site), from memory while no post file changed. Callers must not modify the result. */
export function sitePosts(site: Site): readonly LoadedPost[] {
  const key = fingerprint(site);
  if (last?.key !== key) last = { key, posts: loadPosts(site) };
  return last.posts;
}
