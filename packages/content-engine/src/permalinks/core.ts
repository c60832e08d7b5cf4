/**
 * Permalink bookkeeping, kept free of I/O so it can be tested with plain data: which URLs the site
 * publishes, which old URLs redirect where, and which locked URLs a change would break.
 */
import type { Site } from '../site/manifest';
import { postRoute } from '../site/routes';
import { isPublished, siteNow } from '../content/schedule';

/** The part of a post's frontmatter that decides its URLs. */
export interface PermalinkSource {
  slug: string;
  aliases?: string[];
  draft?: boolean;
  /** The publication date: a post dated after now is scheduled, and has no URL yet. */
  date?: string;
}

/** Whether the post answers today: not a draft, and not scheduled for a day after `now`. */
export const answers = (post: PermalinkSource, now: Date): boolean =>
  post.date === undefined ? !post.draft : isPublished({ ...post, date: post.date }, now);

export interface Redirect {
  from: string;
  to: string;
}

/** The part of the site that decides post URLs: `postRoute(site, slug)`. */
export type Blog = Pick<Site, 'blog' | 'docs'>;

/**
 * Every URL a reader can open on the day `now`: drafts are never built, scheduled posts not before
 * their day, unlisted posts are (just not listed).
 */
export function publishedUrls(site: Blog, posts: readonly PermalinkSource[], now: Date = siteNow()): string[] {
  return [...new Set(posts.filter((post) => answers(post, now)).map((post) => postRoute(site, post.slug)))].sort();
}

export class RedirectConflict extends Error {}

/**
 * The redirects that the posts' `aliases` ask for. An alias that is itself a live URL, or that two
 * posts both claim, would make one of the two unreachable, so it is refused.
 */
export function collectRedirects(site: Blog, posts: readonly PermalinkSource[], now: Date = siteNow()): Redirect[] {
  const live = new Set(publishedUrls(site, posts, now));
  const seen = new Map<string, string>();
  for (const post of posts) {
    if (!answers(post, now)) continue;
    for (const from of post.aliases ?? []) {
      const to = postRoute(site, post.slug);
      if (live.has(from)) throw new RedirectConflict(`alias ${from} of ${to} is the URL of a published post`);
      const earlier = seen.get(from);
      if (earlier !== undefined && earlier !== to) {
        throw new RedirectConflict(`alias ${from} is claimed by both ${earlier} and ${to}`);
      }
      seen.set(from, to);
    }
  }
  return [...seen].map(([from, to]) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from));
}

const LOCK_HEADER = [
  '# Every post URL the site has published. `npm run check:permalinks` fails when one of them would',
  '# stop working; keep it working with an `aliases:` entry in the post that now lives elsewhere.',
  '# `npm run new` and `npm run import` record the URLs of the posts they create;',
  '# `npm run check:permalinks -- --update` records any other new one. Remove a line only on purpose.',
];

/** The URLs listed in a lock file: one per line, `#` comments and blank lines ignored. */
export function parseLock(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function formatLock(urls: Iterable<string>): string {
  return [...LOCK_HEADER, ...[...new Set(urls)].sort()].join('\n') + '\n';
}

export interface LockDiff {
  /** Locked URLs that would answer 404: neither a post nor a redirect. */
  broken: string[];
  /** Locked URLs that now redirect (fine, reported for information). */
  redirected: Redirect[];
  /** Published URLs and redirect sources that the lock does not know yet. */
  added: string[];
}

export function diffLock(
  site: Blog,
  locked: readonly string[],
  posts: readonly PermalinkSource[],
  now: Date = siteNow(),
): LockDiff {
  const live = new Set(publishedUrls(site, posts, now));
  const redirects = new Map(collectRedirects(site, posts, now).map((r) => [r.from, r.to]));
  const lockedSet = new Set(locked);
  const broken: string[] = [];
  const redirected: Redirect[] = [];
  for (const url of [...lockedSet].sort()) {
    if (live.has(url)) continue;
    const to = redirects.get(url);
    if (to === undefined) broken.push(url);
    else redirected.push({ from: url, to });
  }
  // Old URLs that redirect are locked too: dropping the alias later would break them.
  const added = [...new Set([...live, ...redirects.keys()])].filter((url) => !lockedSet.has(url)).sort();
  return { broken, redirected, added };
}

/**
 * The `_redirects` file that Netlify and Cloudflare Pages read: one `from to status` rule per line.
 * Both hosts answer these with a real 301, which search engines follow better than a meta refresh.
 */
export function formatRedirectsFile(redirects: readonly Redirect[], baseUrl = '/'): string {
  const prefix = baseUrl.replace(/\/$/, '');
  const lines = redirects.map(({ from, to }) => `${prefix}${from} ${prefix}${to} 301`);
  return ["# Written by the build from the posts' aliases; do not edit.", ...lines].join('\n') + '\n';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A redirect page that needs no script (so a strict Content-Security-Policy allows it): a meta
 * refresh for browsers, a canonical link for search engines, and a plain link for everyone else.
 */
export function redirectPageHtml(to: string, absoluteTo: string): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>This story has moved</title>
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(absoluteTo)}">
<meta name="robots" content="noindex">
</head>
<body>
<p>This story has moved to <a href="${href}">${href}</a>.</p>
</body>
</html>
`;
}

/**
 * Aliases ending in `.html` (old Jekyll permalinks) whose exact path needs a file of its own: the
 * client-redirects plugin writes them as `<name>.html.html`, which most static hosts never serve
 * for `<name>.html`.
 */
export function exactHtmlAliases(redirects: readonly Redirect[]): Redirect[] {
  return redirects.filter(({ from }) => from.endsWith('.html'));
}
