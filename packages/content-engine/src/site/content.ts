/** A site's content, found where its manifest says: its posts, its tags and its authors. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdownFiles, readYamlFile, type LoadedPost } from '../content/load';
import { ContentError, parsePost, validatePostFrontMatter } from '../content/post';
import {
  authorsFileSchema,
  seriesFileSchema,
  tagsFileSchema,
  type AuthorsFile,
  type SeriesFile,
  type TagsFile,
} from '../content/schema';
import type { Site } from './manifest';
import { authorsFile, seriesFile, tagsFile } from './routes';

export function readTags(site: Site): TagsFile {
  return readYamlFile(site.dir, tagsFile(site), tagsFileSchema);
}

export function readAuthors(site: Site): AuthorsFile {
  return readYamlFile(site.dir, authorsFile(site), authorsFileSchema);
}

/** The series stories may belong to. A site without a series file has none. */
export function readSeries(site: Site): SeriesFile {
  const file = seriesFile(site);
  return existsSync(join(site.dir, file)) ? readYamlFile(site.dir, file, seriesFileSchema) : {};
}

/** The blog's Markdown files, site-relative. */
export const listPostFiles = (site: Site): string[] => listMarkdownFiles(site.dir, site.blog.path);

/**
 * Every valid post of the blog, newest first. Invalid posts are skipped here: reporting them is
 * the checks' job, and the build runs the checks first.
 */
export function loadPosts(site: Site): LoadedPost[] {
  const posts: LoadedPost[] = [];
  for (const path of listPostFiles(site)) {
    let parsed;
    try {
      parsed = parsePost(path, readFileSync(join(site.dir, path), 'utf8'));
    } catch (error) {
      if (error instanceof ContentError) continue;
      throw error;
    }
    const result = validatePostFrontMatter(parsed);
    if (result.ok) posts.push({ path, frontMatter: result.value, content: parsed.content });
  }
  return posts.sort((a, b) => b.frontMatter.date.localeCompare(a.frontMatter.date) || a.path.localeCompare(b.path));
}
