/** Loaders for the site's content files, all through the one content model. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseYaml, YamlError } from './yaml';
import { tagsFileSchema, authorsFileSchema, type TagsFile, type AuthorsFile, type PostFrontMatter } from './schema';
import { ContentError, parsePost, validatePostFrontMatter } from './post';
import type { z } from 'zod';
import type { Site } from '../site/manifest';
import { authorsFile, tagsFile } from '../site/routes';

/** Markdown sources Docusaurus turns into pages. */
export const MARKDOWN_EXTENSIONS = ['.md', '.mdx'];

export function readTags(site: Site): TagsFile {
  return readYamlFile(site.dir, tagsFile(site), tagsFileSchema);
}

export function readAuthors(site: Site): AuthorsFile {
  return readYamlFile(site.dir, authorsFile(site), authorsFileSchema);
}

/** Parse and validate a YAML data file; any problem is a ContentError naming the file and line. */
export function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let parsed;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    if (error instanceof YamlError) throw new ContentError(file, error.message, error.line, error.column, 'data-file');
    throw error;
  }
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    throw new ContentError(file, `${where ? `${where}: ` : ''}${issue.message}`, 1, 1, 'data-file');
  }
  return result.data;
}

function readYamlFile<T>(siteDir: string, file: string, schema: z.ZodType<T>): T {
  return parseYamlFile(file, readFileSync(join(siteDir, file), 'utf8'), schema);
}

export interface ContentFile {
  /** Relative to the site root, with forward slashes. */
  path: string;
  /** A symbolic link: it may point anywhere, so readers must look before they follow. */
  symlink: boolean;
}

/**
 * Every Markdown file under `dir` (relative to siteDir), sorted, skipping files and folders
 * whose names start with _ or . as Docusaurus does.
 */
export function listContentFiles(siteDir: string, dir: string): ContentFile[] {
  const found: ContentFile[] = [];
  const walk = (absolute: string) => {
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (MARKDOWN_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
        found.push({ path: relative(siteDir, path).split(sep).join('/'), symlink: entry.isSymbolicLink() });
      }
    }
  };
  walk(join(siteDir, dir));
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function listMarkdownFiles(siteDir: string, dir: string): string[] {
  return listContentFiles(siteDir, dir).map((file) => file.path);
}

/** The blog's Markdown files, site-relative. */
export const listPostFiles = (site: Site): string[] => listMarkdownFiles(site.dir, site.blog.path);

export interface LoadedPost {
  path: string;
  frontMatter: PostFrontMatter;
  content: string;
}

/** Whether readers find the post in lists, feeds and the archive: neither a draft nor unlisted. */
export const isListed = (post: LoadedPost): boolean => !post.frontMatter.draft && !post.frontMatter.unlisted;

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
