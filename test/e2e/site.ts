/**
 * The site whose build the browser suite tests: this checkout and its build/ by default, or the site
 * around E2E_BUILD_DIR (such as the large blog scripts/cli/scale-site.ts builds). Specs read that
 * site's manifest, posts, lock file and build, never this checkout's, so the suite holds at any
 * blog size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import {
  authorRoute,
  authorsFile,
  docRoute,
  isListed,
  loadPosts,
  loadSite,
  lockFile,
  postRoute,
  readAuthors,
  readTags,
  siteRoutes,
  tagRoute,
  tagsFile,
  type LoadedPost,
} from '@sde/content-engine';
import { parseLock } from '@sde/content-engine/permalinks';
import { paragraphs } from '../helpers/story-text';

/** The build being served. */
export const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? 'build');
/** The site it was built from: its site.yml, posts, docs and .cache/. */
export const SITE_DIR = dirname(BUILD_DIR);
/** Its manifest: folders, routes, page and feed sizes. */
export const SITE = loadSite(SITE_DIR);
export const ROUTES = siteRoutes(SITE);

/** A post's URL on the site under test. */
export const postUrl = (slug: string): string => postRoute(SITE, slug);

/** Posts a reader can find in lists and feeds (not drafts, not unlisted), newest first. */
export function listedPosts(): LoadedPost[] {
  return loadPosts(SITE).filter(isListed);
}

export const siteTags = () => readTags(SITE);
export const siteAuthors = () => readAuthors(SITE);

/** A tag's page, by its key in the tags file. */
export const tagUrl = (key: string): string => tagRoute(SITE, siteTags()[key]!.permalink);
/** An author's page, by their key in the authors file. */
export const authorUrl = (key: string): string => authorRoute(SITE, key);
/** A doc's URL, from its path under the docs folder (`authoring/index.mdx` is at /docs/authoring). */
export const docUrl = (path: string): string => docRoute(SITE, posix.join(SITE.docs.path, path));

/** `text` as a regular expression that matches it literally (a route in a URL pattern, say). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of some text, lower-cased: runs of letters, in any script. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Every Markdown file of the site's docs, as written. */
function docsText(): string[] {
  const dir = join(SITE_DIR, SITE.docs.path);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/**
 * How often each word occurs in everything search could show of the site: every post as written
 * (frontmatter too, drafts too), every doc, and the tags and authors files (a post page shows its
 * tags and authors). Counting more than the index holds only makes a word look less rare.
 */
function siteWordCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const texts = [
    ...loadPosts(SITE).map((post) => readFileSync(join(SITE_DIR, post.path), 'utf8')),
    ...docsText(),
    readFileSync(join(SITE_DIR, tagsFile(SITE)), 'utf8'),
    readFileSync(join(SITE_DIR, authorsFile(SITE)), 'utf8'),
    `${SITE.title} ${SITE.description ?? ''}`,
  ];
  for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * Whether search could take one word for the other: Pagefind stems words and matches prefixes,
 * so two words that start alike (queue and queues, engineer and engineering) may find each other.
 */
function alike(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 3 && common >= Math.min(5, Math.min(a.length, b.length) - 1);
}

/**
 * A story and a word that only its body holds, chosen from the site under test: the rarest word
 * there is, one that occurs once in the whole site (never in a title, a description, another story
 * or a doc) and that no other word of the site starts like. The word is given as the story writes
 * it. The newest listed story that has such a word is the one.
 */
export function bodyOnlyWord(): { post: LoadedPost; word: string } {
  const counts = siteWordCounts();
  const words = [...counts.keys()];
  for (const post of listedPosts()) {
    const body = paragraphs(post.content).join(' ');
    const candidates = [...new Set(body.match(/\p{L}+/gu) ?? [])]
      .filter((word) => /^[a-z]{6,}$/i.test(word) && counts.get(word.toLowerCase()) === 1)
      .filter((word) => !words.some((other) => other !== word.toLowerCase() && alike(word.toLowerCase(), other)))
      .sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (candidates[0]) return { post, word: candidates[0] };
  }
  throw new Error(`no listed story of ${SITE_DIR} has a word of its own for search to find`);
}

/**
 * A word that list pages show (it is in the newest story's title) and that several stories or docs
 * hold: the one of that title's words that the most posts and docs contain.
 */
export function listedWord(): { word: string; pages: number } {
  const [newest] = listedPosts();
  if (!newest) throw new Error(`${SITE_DIR} lists no story`);
  const pages = [...listedPosts().map((post) => `${post.frontMatter.title} ${post.content}`), ...docsText()].map(
    (text) => new Set(wordsOf(text)),
  );
  const [best] = [...new Set(wordsOf(newest.frontMatter.title))]
    .filter((word) => /^[a-z]{4,}$/.test(word))
    .map((word) => ({ word, pages: pages.filter((page) => page.has(word)).length }))
    .sort((a, b) => b.pages - a.pages || a.word.localeCompare(b.word));
  if (!best) throw new Error(`the newest story's title, "${newest.frontMatter.title}", has no word to search for`);
  return best;
}

/** Post URLs from the site's committed lock file: the site promises every one of them. */
export function lockedPostUrls(): string[] {
  return parseLock(readFileSync(join(SITE_DIR, lockFile(SITE)), 'utf8')).filter((url) =>
    url.startsWith(`${ROUTES.blog}/`),
  );
}

/** The URL of every listed post, whether or not it is in the lock file yet. */
export const listedPostUrls = () => listedPosts().map((post) => postUrl(post.frontMatter.slug));

/**
 * One page of each type of the site under test, by name: the home page, a locked post, the tags
 * index, a tag and an author page of its stories (an author with a page), and a docs page.
 */
export function pageTypes(): [string, string][] {
  const [newest] = listedPosts();
  const authors = siteAuthors();
  const author = listedPosts()
    .flatMap((post) => post.frontMatter.authors)
    .find((key) => authors[key]?.page);
  if (!newest || !author) throw new Error('the site under test needs a listed story by an author with a page');
  return [
    ['home', ROUTES.home],
    ['a post', lockedPostUrls()[0]!],
    ['the tags index', ROUTES.tags],
    ['a tag page', tagUrl(newest.frontMatter.tags[0]!)],
    ['an author page', authorUrl(author)],
    ['a docs page', docUrl('authoring/index.mdx')],
  ];
}
