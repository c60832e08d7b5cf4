/**
 * Reader for Jekyll posts. Jekyll keeps a post's date and slug in its file name
 * (`_posts/2013-05-31-my-post.md`) and serves it at URLs this site must keep redirecting.
 */
import { basename } from 'node:path';
import type { ParsedFrontMatter } from '../content/frontmatter';
import type { PostSchema } from '../content/schema';
import { DECIDED_FIELDS, type ReadResult, type RawTag } from './types';
import { SourceFields } from './fields';
import { convertLiquid } from './liquid';
import { slugify } from './normalise';

/** Jekyll's fields this reader maps; the schema's other fields are kept as they are. */
const READ = [
  'title',
  'subtitle',
  'description',
  'date',
  'author',
  'authors',
  'tags',
  'categories',
  'category',
  'permalink',
  'redirect_from',
  'id',
  'layout',
  'published',
  'series',
  'part',
];

/** `2013-05-31-my-post.md` → date and slug, as Jekyll reads them. */
export function parseJekyllFileName(path: string): { date: string; slug: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})-(.+?)\.[A-Za-z0-9]+$/.exec(basename(path));
  return match ? { date: match[1]!, slug: match[2]! } : undefined;
}

/** A URL written the way Jekyll writes it: no empty segments, each segment percent-encoded. */
function jekyllPath(parts: string[]): string {
  const joined = parts.join('/');
  const segments = joined.split('/').filter((segment) => segment !== '');
  const path = `/${segments.map((segment) => encodeURIComponent(decodeURIComponentSafe(segment))).join('/')}`;
  return joined.endsWith('/') && segments.length > 0 ? `${path}/` : path;
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Expand Jekyll's permalink placeholders. With the default template ("date" style) this is the
 * URL Jekyll gave a post that set no permalink of its own.
 */
export function expandPermalink(template: string, post: { date: string; slug: string; categories: string[] }): string {
  const [year, month, day] = post.date.split('-') as [string, string, string];
  const values: Record<string, string> = {
    categories: [...new Set(post.categories.map((category) => category.toLowerCase()))].join('/'),
    year,
    month,
    day,
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    short_year: year.slice(2),
    title: post.slug,
    slug: post.slug,
    output_ext: '.html',
  };
  const expanded = template.replace(
    /:(categories|year|month|day|i_month|i_day|short_year|title|slug|output_ext)/g,
    (_, name: string) => values[name]!,
  );
  return jekyllPath([expanded]);
}

export const JEKYLL_DEFAULT_PERMALINK = '/:categories/:year/:month/:day/:title:output_ext';

/** A redirect source as a site path; a full URL keeps only its path (reported). */
function toSitePath(value: string, changes: string[]): string | undefined {
  if (/^https?:\/\//i.test(value)) {
    try {
      const path = new URL(value).pathname;
      changes.push(`kept only the path ${path} of the old URL ${value}`);
      return path;
    } catch {
      return undefined;
    }
  }
  return value.startsWith('/') ? value : `/${value}`;
}

/** `postUrl` gives a post's URL from its slug, for `{% post_url %}`. */
export function readJekyll(
  path: string,
  source: ParsedFrontMatter,
  schema: PostSchema,
  postUrl: (slug: string) => string,
): ReadResult {
  const fields = new SourceFields(source);
  const { data } = fields;
  const changes = fields.changes;
  const fromName = parseJekyllFileName(path);
  const title = fields.string('title');
  const date = fields.date('date') ?? fromName?.date;
  if (date !== undefined && data.date === undefined) changes.push(`date ${date} from the file name`);

  const categories = [...fields.list('categories', /\s+/), ...fields.list('category')];
  const tags: RawTag[] = [
    ...categories.map((category) => ({ ...category, kind: 'category' as const })),
    ...fields.list('tags', /\s+/).map((tag) => ({ ...tag, kind: 'tag' as const })),
  ];
  const categoryNames = categories.map((category) => category.value);

  // Old URLs, most specific first: the post's own permalink, its redirects, then the default.
  const aliases: string[] = [];
  const add = (alias: string | undefined, why: string) => {
    if (alias === undefined || aliases.includes(alias)) return;
    aliases.push(alias);
    changes.push(`kept old URL ${alias} (${why})`);
  };
  const urlSlug = fromName?.slug ?? (title ? slugify(title) : undefined);
  const permalink = fields.string('permalink');
  if (permalink !== undefined && date !== undefined && urlSlug !== undefined) {
    add(
      expandPermalink(toSitePath(permalink, changes) ?? permalink, { date, slug: urlSlug, categories: categoryNames }),
      'permalink',
    );
  } else if (permalink !== undefined && !permalink.includes(':')) {
    add(toSitePath(permalink, changes), 'permalink');
  }
  for (const redirect of fields.list('redirect_from')) {
    add(toSitePath(redirect.value, changes), 'redirect_from');
  }
  if (date !== undefined && urlSlug !== undefined) {
    add(
      expandPermalink(JEKYLL_DEFAULT_PERMALINK, { date, slug: urlSlug, categories: categoryNames }),
      "Jekyll's default permalink",
    );
  }

  const kept = fields.kept(schema, [...DECIDED_FIELDS, ...READ]);
  if (data.published === false) {
    kept.draft = true;
    changes.push('published: false became draft: true');
  }
  const id = data.id;
  if (typeof id === 'string' || typeof id === 'number') changes.push(`kept id ${id} as legacy_id`);
  if (data.layout !== undefined)
    changes.push(`left out layout: ${String(data.layout)} (the site lays out every post alike)`);
  fields.reportDropped(READ);

  const liquid = convertLiquid(source.content, postUrl, source.contentLine);
  changes.push(...liquid.changes);

  return {
    draft: {
      shape: 'jekyll',
      title,
      description: fields.string('description'),
      subtitle: fields.string('subtitle'),
      date,
      slug: fromName?.slug,
      authors: [...fields.list('author'), ...fields.list('authors')],
      tags,
      aliases,
      series: fields.list('series')[0],
      part: fields.list('part')[0],
      legacyId: typeof id === 'string' || typeof id === 'number' ? id : undefined,
      kept,
      body: liquid.body,
    },
    changes,
    problems: [...fields.problems, ...liquid.problems],
  };
}
