/** The scaffolder's pure core: a title and decisions in, a new post's text out. */
import type { PostFrontMatter } from '../content/schema';
import { formatPost } from './format';
import { TRUNCATE_MARKER } from '../content/markdown';
import { mapAuthors, mapTags, resolveDate, resolveDescription, resolveSlug } from './normalise';
import { resolveSeries } from './series';
import type { Problem, SiteData } from './types';

/** Long enough to pass the description rule, and plainly a placeholder to anyone who reads it. */
export const PLACEHOLDER_DESCRIPTION = 'Replace this with one sentence that makes someone want to read the story.';

export interface ScaffoldOptions {
  title: string;
  author?: string;
  tags?: string[];
  /** YYYY-MM-DD; the caller passes today's date when none was given. */
  date: string;
  slug?: string;
  description?: string;
  /** A series of series.yml (key or title) and the story's part number in it. */
  series?: string;
  part?: number;
}

export type Scaffold = { ok: true; slug: string; text: string } | { ok: false; problems: Problem[] };

/** Today in the local time zone, as YYYY-MM-DD: the day the author sees on their calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function scaffoldPost(options: ScaffoldOptions, site: SiteData): Scaffold {
  const title = options.title.replace(/\s+/g, ' ').trim();
  const problems: Problem[] = [];
  if (title === '') {
    problems.push({
      message: 'no title',
      suggestion: 'give the title as the first argument: npm run new -- "My title" …',
    });
  }
  const slug = resolveSlug(undefined, options.slug, title);
  const date = resolveDate(undefined, options.date);
  const description = resolveDescription(options.description ?? PLACEHOLDER_DESCRIPTION, undefined, undefined, '');
  const authors = mapAuthors([], options.author, site.authors);
  const tags = mapTags([], options.tags ?? [], site.tags);
  const series = resolveSeries({}, options, site.series ?? {});
  for (const step of [slug, date, description, authors, tags, series]) problems.push(...step.problems);
  if (problems.length > 0 || !slug.slug || !date.date || !description.description) return { ok: false, problems };

  const frontMatter: PostFrontMatter = {
    title,
    description: description.description,
    slug: slug.slug,
    date: date.date,
    authors: authors.keys,
    tags: tags.keys,
    ...(series.series !== undefined ? { series: series.series, part: series.part } : {}),
  };
  const body = [
    '',
    'Write the opening paragraph here: it is the preview shown in lists, feeds and search results.',
    '',
    TRUNCATE_MARKER.md,
    '',
    'Write the rest of the story here.',
  ].join('\n');
  // The checks prove the post before it is written (new.ts): see proveScaffold.
  return { ok: true, slug: slug.slug, text: formatPost(frontMatter, body, site.schema) };
}
