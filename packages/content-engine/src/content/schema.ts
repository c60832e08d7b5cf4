/**
 * The content model: one schema per kind of content, and the TypeScript types inferred from it.
 * Every script (checks, importer, scaffolder) and every test validates through these.
 */
import * as z from 'zod';

/** Lower-case kebab-case: what tag keys, author keys and slugs look like. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Search engines show roughly this much of a description in a result. */
export const DESCRIPTION_MIN = 40;
export const DESCRIPTION_MAX = 160;
export const TITLE_MAX = 120;
export const SLUG_MAX = 100;
/** A cover's alt text: a few words at least, and short enough for a screen reader to say at once. */
export const COVER_ALT_MIN = 5;
export const COVER_ALT_MAX = 200;
export const UPDATE_REASON_MAX = 160;
/** More parts than this is a typo (2024 for 4), not a series. */
export const SERIES_PART_MAX = 999;
/** Dates outside this range are almost certainly typos. */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

const kebabKey = (what: string) =>
  z
    .string({ error: `each ${what} must be a text key such as "customer-service"` })
    .regex(KEBAB_CASE, { error: `${what} keys are lower-case kebab-case, such as "customer-service"` });

/** A calendar date `YYYY-MM-DD` (optionally with a time) that really exists. */
export const isoDate = z
  .string({ error: 'date must be written as YYYY-MM-DD' })
  .refine((value) => /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value), {
    error: 'date must be written as YYYY-MM-DD',
    abort: true,
  })
  .refine((value) => isRealDate(value.slice(0, 10)), {
    error: (issue) => `date ${String(issue.input).slice(0, 10)} does not exist in the calendar`,
    abort: true,
  })
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    },
    { error: `date must fall between ${EARLIEST_YEAR} and ${LATEST_YEAR}` },
  );

export function isRealDate(ymd: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A site path that an old URL of a post had; it becomes a redirect. */
const alias = z
  .string({ error: 'each alias is a site path such as /2013/05/31/old-title.html' })
  .regex(/^\/[^\s?#]*$/, { error: 'an alias is a site path that starts with / and has no query or fragment' })
  .refine((value) => !value.split('/').includes('..') && !value.includes('//'), {
    error: 'an alias may not contain .. or //',
  });

/**
 * A post's frontmatter. The order of the fields here is the order in which the importer and the
 * scaffolder write them; the fields here are the fields a post may have, and the importer keeps.
 */
export const postFrontMatterSchema = z.strictObject(
  {
    title: z
      .string({ error: 'title must be text' })
      .trim()
      .min(1, { error: 'title must not be empty' })
      .max(TITLE_MAX, { error: `title is longer than ${TITLE_MAX} characters` })
      .meta({ description: "The story's title, as readers see it." }),
    description: z
      .string({ error: 'description must be text' })
      .min(DESCRIPTION_MIN, {
        error: (issue) =>
          `description is ${String(issue.input).length} characters; a search snippet wants ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}`,
      })
      .max(DESCRIPTION_MAX, {
        error: (issue) =>
          `description is ${String(issue.input).length} characters; a search snippet wants ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}`,
      })
      .meta({
        description: `One sentence for search results and preview cards (${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters).`,
      }),
    subtitle: z.string().min(1).max(200).optional(),
    slug: z
      .string({ error: 'slug must be text' })
      .max(SLUG_MAX, { error: `slug is longer than ${SLUG_MAX} characters` })
      .regex(KEBAB_CASE, {
        error: 'slug must be lower-case kebab-case (a-z, 0-9 and single hyphens), with no / or ..',
      })
      .meta({ description: 'The post lives at /blog/<slug> for good: never change it without an alias.' }),
    date: isoDate.meta({
      description:
        'Publication date, YYYY-MM-DD. A date still ahead schedules the story: the site publishes it that day.',
    }),
    updated: isoDate
      .optional()
      .meta({ description: 'Date of the last real revision, YYYY-MM-DD; not before the publication date.' }),
    update_reason: z
      .string({ error: 'update_reason must be text' })
      .trim()
      .min(1, { error: 'update_reason must not be empty' })
      .max(UPDATE_REASON_MAX, {
        error: `update_reason is longer than ${UPDATE_REASON_MAX} characters: one line says it`,
      })
      .refine((value) => !/[\r\n]/.test(value), { error: 'update_reason is one line' })
      .optional()
      .meta({ description: 'What the last revision changed, in one line; shown beside "Updated".' }),
    authors: z
      .array(kebabKey('author'), { error: 'authors must be a list of author keys, such as [jelena-barinova]' })
      .min(1, { error: 'a post needs at least one author from blog/authors.yml' })
      .meta({ description: 'Keys of blog/authors.yml.' }),
    tags: z
      .array(kebabKey('tag'), { error: 'tags must be a list of tag keys, such as [hiring, career]' })
      .min(1, { error: 'a post needs at least one tag from blog/tags.yml' })
      .meta({ description: 'Keys of blog/tags.yml.' }),
    series: kebabKey('series')
      .optional()
      .meta({ description: 'Key of blog/series.yml: the series this story is a part of (with part).' }),
    part: z
      .number({ error: 'part is a whole number, such as 2' })
      .int({ error: 'part is a whole number, such as 2' })
      .min(1, { error: 'parts are numbered from 1' })
      .max(SERIES_PART_MAX, { error: `a series has at most ${SERIES_PART_MAX} parts` })
      .optional()
      .meta({ description: "The story's place in its series: 1, 2, 3... (with series)." }),
    aliases: z
      .array(alias, { error: 'aliases must be a list of site paths' })
      .optional()
      .meta({ description: 'Old URLs of the post; each redirects to it.' }),
    keywords: z.array(z.string()).optional(),
    image: z.string().optional(),
    cover: z
      .strictObject(
        {
          image: z
            .string({
              error: 'cover.image is the path of a picture: ./cover.jpg beside the post, or /img/… under static/',
            })
            .trim()
            .min(1, { error: 'cover.image must not be empty' }),
          alt: z
            .string({ error: 'a cover needs alt text: cover.alt says what the picture shows' })
            .trim()
            .min(COVER_ALT_MIN, {
              error: `cover.alt says what the picture shows, in at least ${COVER_ALT_MIN} characters`,
            })
            .max(COVER_ALT_MAX, {
              error: `cover.alt is longer than ${COVER_ALT_MAX} characters; put the rest in the story`,
            }),
        },
        { error: (issue) => (issue.code === 'invalid_type' ? 'cover is a mapping: image and alt' : undefined) },
      )
      .optional()
      .meta({
        description:
          'A picture shown at the top of the story, small in story lists, and behind the title on its preview card: ' +
          '{ image: ./file.jpg or /img/file.jpg, alt: what it shows }.',
      }),
    featured: z
      .boolean({ error: 'featured is true or false' })
      .optional()
      .meta({ description: 'List the story on the Start here page for recruiters.' }),
    draft: z.boolean().optional(),
    unlisted: z.boolean().optional(),
    hide_table_of_contents: z.boolean().optional(),
    /** An identifier the story had on the system it came from. */
    legacy_id: z.union([z.string(), z.number()]).optional(),
    /** sha256 of the file the importer read, so a second import of it is recognised. */
    source_sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'source_sha256 is 64 lower-case hex digits' })
      .optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'frontmatter must be a mapping of fields' : undefined) },
);
export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;
/** The post schema or an extension of it (a test adds a field to a copy). */
export type PostSchema = z.ZodObject;
/** The fields of a schema, in its order. */
export const fieldsOf = (schema: PostSchema): string[] => Object.keys(schema.shape);
export const POST_FIELDS = fieldsOf(postFrontMatterSchema) as (keyof PostFrontMatter)[];

export const docFrontMatterSchema = z.strictObject({
  id: z.string().optional(),
  title: z.string().min(1).optional(),
  description: z.string().min(DESCRIPTION_MIN).max(DESCRIPTION_MAX).optional(),
  slug: z.string().optional(),
  sidebar_position: z.number().optional(),
  sidebar_label: z.string().optional(),
  hide_table_of_contents: z.boolean().optional(),
  keywords: z.array(z.string()).optional(),
  pagination_prev: z.string().nullable().optional(),
  pagination_next: z.string().nullable().optional(),
});
export type DocFrontMatter = z.infer<typeof docFrontMatterSchema>;
export const DOC_FIELDS = Object.keys(docFrontMatterSchema.shape);

export const tagSchema = z.strictObject({
  label: z.string().min(1),
  permalink: z.string().regex(/^\/[a-z0-9-]+$/, { error: 'a tag permalink looks like /project-management' }),
  description: z.string().min(10),
});
export const tagsFileSchema = z.record(kebabKey('tag'), tagSchema);
export type Tag = z.infer<typeof tagSchema>;
export type TagsFile = z.infer<typeof tagsFileSchema>;

export const authorSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1).optional(),
  url: z.url().optional(),
  email: z.email().optional(),
  image_url: z
    .string()
    .refine((value) => value.startsWith('/'), { error: 'author images are served by the site: use a path under /img' })
    .optional(),
  socials: z.record(z.string(), z.string()).optional(),
  page: z.literal(true, { error: 'every author has a page: set page: true' }),
});
export const seriesSchema = z.strictObject({
  title: z
    .string({ error: 'a series title is text' })
    .trim()
    .min(1, { error: 'a series needs a title' })
    .max(TITLE_MAX, { error: `a series title is at most ${TITLE_MAX} characters` })
    .meta({ description: 'The series as readers see it: "Part 2 of 4 in <title>".' }),
  description: z
    .string({ error: 'a series description is text' })
    .min(10, { error: 'a series description says in a sentence what the parts tell together' })
    .meta({ description: 'One or two sentences, shown on the series page and in llms.txt.' }),
});
/** blog/series.yml: every series a post may name. May be empty. */
export const seriesFileSchema = z.record(kebabKey('series'), seriesSchema);
export type Series = z.infer<typeof seriesSchema>;
export type SeriesFile = z.infer<typeof seriesFileSchema>;

export const authorsFileSchema = z.record(kebabKey('author'), authorSchema);
export type Author = z.infer<typeof authorSchema>;
export type AuthorsFile = z.infer<typeof authorsFileSchema>;
