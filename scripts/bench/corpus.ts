/**
 * Synthetic corpora for benchmarks: posts with the site's real tags and authors and bodies shaped
 * like the real stories (paragraphs, headings, a quote, internal and external links).
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MANIFEST_FILE,
  authorsFile,
  blogRoute,
  docsRoute,
  loadSite,
  postFile,
  postRoute,
  readAuthors,
  readTags,
  seriesFile,
  tagsFile,
} from '@sde/content-engine';
import { random } from '../lib/random';
import { PICTURE_FILES, PICTURES_FIXTURE } from '../lib/picture-story';

/** One post in this many has pictures, when the corpus has pictures. */
export const PICTURES_EVERY = 10;
const BENCH_PICTURES = 'img/bench';
const PICTURE_COVER = [
  'cover:',
  `  image: /${BENCH_PICTURES}/${PICTURE_FILES.photo}`,
  '  alt: A painting of two elephants in blue and teal, photographed in daylight',
];
const PICTURE_BODY = [
  `![The home page of the site on a laptop screen](/${BENCH_PICTURES}/${PICTURE_FILES.screenshot})`,
  `<img src="/${BENCH_PICTURES}/${PICTURE_FILES.diagram}" alt="A ticket's path from the customer to a release and back" />`,
];

export { random };

const WORDS = (
  'customer support ticket queue engineer release escalation bug fix product team manager call ' +
  'process improvement install upgrade database script workflow interface learned listened career ' +
  'hiring interview trust patience follow through documentation incident weekend deadline handover'
).split(' ');

export interface CorpusOptions {
  posts: number;
  /** Share of posts with one deliberate mistake (unknown tag, impossible date, broken link, mojibake). */
  brokenShare?: number;
  seed?: number;
  /**
   * One post in ten (the 6th, 16th, …) gets a cover and pictures in its text: the picture
   * fixtures (scripts/lib/picture-story.ts), the same three files for every such post, under
   * static/img/bench/. No random draw depends on it, so the posts are otherwise the same.
   */
  pictures?: boolean;
}

export interface Corpus {
  dir: string;
  posts: number;
  broken: number;
}

/**
 * The first posts use every tag (and author) in turn, `each` per post, the last of them all that
 * are left: every tag and author page exists however small the corpus, as the site's own pages link
 * to them. Undefined once all are used; the rest are chosen at random (the random draws happen for
 * every post either way, so larger corpora keep the same sequence).
 */
export function covering<T>(all: T[], post: number, posts: number, each: number): T[] | undefined {
  const first = post * each;
  if (first >= all.length) return undefined;
  return post === posts - 1 ? all.slice(first) : all.slice(first, first + each);
}

/** `fixed` if given, else the draw; the draw is made either way, so the random sequence is the same. */
function drawnUnless<T>(fixed: T[] | undefined, draw: () => T[]): T[] {
  const drawn = draw();
  return fixed ?? drawn;
}

/** Every this many posts, the first SERIES_PARTS form a series: 3 posts are one series of 3. */
export const SERIES_EVERY = 25;
export const SERIES_PARTS = 4;

/** The series (key and part) post `i` of the corpus is a part of, if any. */
export function seriesPlace(i: number): { series: string; part: number } | undefined {
  return i % SERIES_EVERY < SERIES_PARTS
    ? { series: `series-${Math.floor(i / SERIES_EVERY)}`, part: (i % SERIES_EVERY) + 1 }
    : undefined;
}

/** Write a site copy (manifest, data files, docs, static) with `posts` generated posts into a temp folder. */
export function makeCorpus(siteDir: string, options: CorpusOptions, into?: string): Corpus {
  const next = random(options.seed ?? 42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(8 + Math.floor(next() * 10))).join(' ');

  const site = loadSite(siteDir);
  const dir = into ?? mkdtempSync(join(tmpdir(), 'sde-corpus-'));
  mkdirSync(join(dir, site.blog.path), { recursive: true });
  for (const entry of [MANIFEST_FILE, tagsFile(site), authorsFile(site), site.docs.path, site.static]) {
    cpSync(join(siteDir, entry), join(dir, entry), { recursive: true });
  }
  const tags = Object.keys(readTags(site));
  const authors = Object.keys(readAuthors(site)).filter((key) => key !== 'unknown');
  if (options.pictures) {
    mkdirSync(join(dir, site.static, BENCH_PICTURES), { recursive: true });
    for (const name of Object.values(PICTURE_FILES)) {
      cpSync(join(PICTURES_FIXTURE, name), join(dir, site.static, BENCH_PICTURES, name));
    }
  }
  const brokenEvery = options.brokenShare ? Math.round(1 / options.brokenShare) : 0;
  let broken = 0;

  for (let i = 0; i < options.posts; i++) {
    const slug = `story-${i}-${pick(WORDS)}`;
    const postTags = [...new Set(drawnUnless(covering(tags, i, options.posts, 2), () => [pick(tags), pick(tags)]))];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const withPictures = options.pictures === true && i % PICTURES_EVERY === PICTURES_EVERY - 5;
    const mistake = brokenEvery && i % brokenEvery === brokenEvery - 1 ? (broken++, broken % 4) : -1;
    const body = [
      paragraph(),
      '<!-- truncate -->',
      paragraph(),
      `## ${sentence(4).slice(0, -1)}`,
      `${paragraph()} See [the authoring guide](${docsRoute(site)}/authoring#tags) or [the project site](https://example.org/).`,
      `> ${sentence(12)}`,
      `## ${sentence(3).slice(0, -1)}`,
      `${paragraph()} ${mistake === 2 ? `Read [an older story](${postRoute(site, 'no-such-story')}).` : `Back to [all stories](${blogRoute(site)}).`}`,
      mistake === 3 ? 'It didnâ€™t work the first time.' : paragraph(),
      ...(withPictures ? PICTURE_BODY : []),
    ].join('\n\n');
    const place = seriesPlace(i);
    const frontMatter = [
      '---',
      `title: ${sentence(5).slice(0, -1)}`,
      `description: ${sentence(10)}`,
      `slug: ${slug}`,
      `date: ${2015 + (i % 11)}-${mistake === 1 ? '02-30' : `${month}-${day}`}`,
      `authors: [${drawnUnless(covering(authors, i, options.posts, 1), () => [pick(authors)]).join(', ')}]`,
      `tags: [${mistake === 0 ? 'Project Managment' : postTags.join(', ')}]`,
      ...(place ? [`series: ${place.series}`, `part: ${place.part}`] : []),
      ...(withPictures ? PICTURE_COVER : []),
      '---',
    ].join('\n');
    writeFileSync(join(dir, postFile(site, slug)), `${frontMatter}\n\n${body}\n`);
  }
  const series = Array.from(
    { length: Math.ceil(options.posts / SERIES_EVERY) },
    (_, n) =>
      `series-${n}:\n  title: Series ${n} of the corpus\n  description: Stories ${n * SERIES_EVERY + 1} to ${n * SERIES_EVERY + SERIES_PARTS} of the synthetic corpus, told in parts.\n`,
  );
  writeFileSync(join(dir, seriesFile(site)), series.join('') || '{}\n');
  return { dir, posts: options.posts, broken };
}
