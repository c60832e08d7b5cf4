/** Reading content files: Markdown sources under a folder, and YAML data files through their schema. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseYaml, YamlError } from './yaml';
import type { PostFrontMatter } from './schema';
import { ContentError } from './post';
import { isPublished } from './schedule';
import type { z } from 'zod';

/** Markdown sources Docusaurus turns into pages. */
export const MARKDOWN_EXTENSIONS = ['.md', '.mdx'];

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

/** Read and validate the YAML data file at `file` (relative to `siteDir`), as parseYamlFile does. */
export function readYamlFile<T>(siteDir: string, file: string, schema: z.ZodType<T>): T {
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

export interface LoadedPost {
  path: string;
  frontMatter: PostFrontMatter;
  content: string;
}

/**
 * Whether readers find the post in lists, feeds and the archive: published (neither a draft nor
 * scheduled for a day after now, content/schedule.ts) and not unlisted.
 */
export const isListed = (post: LoadedPost): boolean => isPublished(post.frontMatter) && !post.frontMatter.unlisted;
