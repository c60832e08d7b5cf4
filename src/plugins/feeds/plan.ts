/**
 * Which feeds the site publishes: the blog's, and one set per tag and per author that has listed
 * stories, each with its newest `feedSize` stories. Routes come from the content engine
 * (routes.ts, from site.yml); nothing here reads or writes files.
 */
import {
  authorFeedRoutes,
  authorRoute,
  blogRoute,
  feedRoutes,
  tagFeedRoutes,
  tagRoute,
  withBaseUrl,
  type AuthorsFile,
  type FeedType,
  type Site,
  type TagsFile,
} from '@sde/content-engine';

/** What the plan needs of a blog post: the blog plugin's metadata, cut down. */
export interface FeedPost {
  metadata: {
    permalink: string;
    unlisted?: boolean;
    frontMatter: { tags?: unknown; authors?: unknown; draft?: unknown; unlisted?: unknown };
  };
}

/** How a page names one of its feeds in `<link rel="alternate">` and in its "Follow" line. */
export interface FeedLink {
  type: FeedType;
  /** With the base URL. */
  href: string;
  mime: string;
  /** `Support-Driven Engineering: Hiring (RSS)` */
  title: string;
  /** What the "Follow" line calls it: RSS, Atom, JSON Feed. */
  label: string;
}

export interface FeedSet<P extends FeedPost = FeedPost> {
  /** The page the feeds belong to (site route, no base URL); the feeds are written under it. */
  route: string;
  title: string;
  description: string;
  /** Newest first, at most feedSize. */
  posts: P[];
  links: FeedLink[];
}

export const FEED_KINDS: Record<FeedType, { mime: string; label: string }> = {
  rss: { mime: 'application/rss+xml', label: 'RSS' },
  atom: { mime: 'application/atom+xml', label: 'Atom' },
  json: { mime: 'application/json', label: 'JSON Feed' },
};

/** In lists and feeds: neither a draft nor unlisted (scheduled posts never reach the build's posts). */
export const inFeeds = (post: FeedPost): boolean =>
  !post.metadata.frontMatter.draft && !post.metadata.unlisted && !post.metadata.frontMatter.unlisted;

const keysOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function linksOf(routes: Partial<Record<FeedType, string>>, title: string, baseUrl: string): FeedLink[] {
  return (Object.entries(routes) as [FeedType, string][]).map(([type, route]) => ({
    type,
    href: withBaseUrl(baseUrl, route),
    mime: FEED_KINDS[type].mime,
    title: `${title} (${FEED_KINDS[type].label})`,
    label: FEED_KINDS[type].label,
  }));
}

export interface PlanInput<P extends FeedPost> {
  site: Pick<Site, 'blog' | 'docs' | 'title' | 'description'>;
  tags: TagsFile;
  authors: AuthorsFile;
  /** The blog plugin's posts, newest first. */
  posts: readonly P[];
  baseUrl: string;
}

/**
 * The blog's feed set, then each tag's (in the tags file's order) and each author's (in the
 * authors file's), leaving out tags and authors with no listed story: they would be empty feeds.
 */
export function planFeeds<P extends FeedPost>({ site, tags, authors, posts, baseUrl }: PlanInput<P>): FeedSet<P>[] {
  const size = site.blog.feedSize;
  const listed = posts.filter(inFeeds);
  const sets: FeedSet<P>[] = [];
  const add = (
    route: string,
    routes: Partial<Record<FeedType, string>>,
    title: string,
    description: string,
    of: P[],
  ) => {
    if (of.length > 0)
      sets.push({ route, title, description, posts: of.slice(0, size), links: linksOf(routes, title, baseUrl) });
  };
  add(blogRoute(site), feedRoutes(site), site.title, site.description ?? site.title, listed);
  for (const [key, tag] of Object.entries(tags)) {
    add(
      tagRoute(site, tag.permalink),
      tagFeedRoutes(site, tag.permalink),
      `${site.title}: ${tag.label}`,
      tag.description,
      listed.filter((post) => keysOf(post.metadata.frontMatter.tags).includes(key)),
    );
  }
  for (const [key, author] of Object.entries(authors)) {
    add(
      authorRoute(site, key),
      authorFeedRoutes(site, key),
      `${site.title}: stories by ${author.name}`,
      `Stories by ${author.name}${author.title ? `, ${author.title}` : ''}, on ${site.title}.`,
      listed.filter((post) => keysOf(post.metadata.frontMatter.authors).includes(key)),
    );
  }
  return sets;
}

/** What pages read of the plan (global data): each tag's and author's page route, with base URL, to its feeds. */
export interface FeedsData {
  pages: Record<string, FeedLink[]>;
}

export function feedsData(sets: readonly FeedSet[], site: Pick<Site, 'blog' | 'docs'>, baseUrl: string): FeedsData {
  const blog = blogRoute(site);
  return {
    pages: Object.fromEntries(
      sets.filter((set) => set.route !== blog).map((set) => [withBaseUrl(baseUrl, set.route), set.links]),
    ),
  };
}
