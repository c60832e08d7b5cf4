/**
 * The pages that get a Markdown copy, read from what the blog and docs plugins loaded (so every
 * URL, title, author name and tag label is the one the site shows): stories, docs pages, and tag
 * pages (the tag's description and its stories, so llms.txt can link every tag to Markdown too).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BlogContent, BlogPost } from '@docusaurus/plugin-content-blog';
import type { LoadedContent as DocsContent, DocMetadata } from '@docusaurus/plugin-content-docs';
import { parsePost } from '@sde/content-engine';
import { markdownCopyUrl } from '../../lib/markdown-copy';
import type { ExtraPostMetadata } from '../../lib/blog-posts';
import { seriesLine } from '../../lib/series';
import { markdownCopyBody, type LinkContext } from './markdown';
import type { CopyPage } from './render';

export interface SiteUrls {
  siteDir: string;
  /** The site's absolute root URL, base path included, ending in `/`. */
  siteRoot: string;
  /** The site's `trailingSlash` option: with `false`, `/docs/x/` is published as `/docs/x`. */
  trailingSlash?: boolean;
  /** Absolute URL the build gave a file a page links to (image, download), if known. */
  assetOf?: (page: string, file: string) => string | undefined;
  /** Markdown for the site's own MDX components, by name (the authoring guide's tables). */
  components?: Record<string, () => string>;
}

export interface Collected {
  /** Newest first, as the blog lists them. */
  stories: CopyPage[];
  /** In sidebar order, then any page no sidebar names. */
  docs: CopyPage[];
  tags: CopyPage[];
}

interface Source {
  page: Omit<CopyPage, 'body' | 'url' | 'copyUrl'>;
  file: string;
  body: string;
}

export function collectPages(blog: BlogContent | undefined, docs: DocsContent | undefined, site: SiteUrls): Collected {
  const origin = new URL(site.siteRoot).origin;
  const absolute = (permalink: string) => `${origin}${permalink}`;
  const published = (permalink: string) =>
    site.trailingSlash === false && permalink.length > 1 ? permalink.replace(/\/$/, '') : permalink;
  const posts = (blog?.blogPosts ?? []).filter((post) => !post.metadata.frontMatter.draft);
  const storySources = posts.map(storySource);
  const docSources = docs ? sortedDocs(docs).map((doc) => docSource(doc, site.siteDir)) : [];
  for (const source of [...storySources, ...docSources]) source.page.permalink = published(source.page.permalink);
  const fileToUrl = new Map(
    [...storySources, ...docSources].map((s) => [resolve(site.siteDir, s.file), s.page.permalink]),
  );

  const finish = (source: Source): CopyPage => {
    const url = absolute(source.page.permalink);
    const links: LinkContext = {
      pageUrl: url,
      siteRoot: site.siteRoot,
      sourceFile: resolve(site.siteDir, source.file),
      pageOf: (file) => {
        const permalink = fileToUrl.get(file);
        return permalink === undefined ? undefined : absolute(permalink);
      },
      assetOf: site.assetOf && ((file) => site.assetOf!(source.page.permalink, file)),
    };
    let body = markdownCopyBody(source.body, { mdx: /\.mdx$/i.test(source.file), links, components: site.components });
    // A docs page's copy has its title in the header: a leading `# Title` would say it twice.
    if (source.page.kind === 'doc') body = body.replace(/^# .*\n+/, '');
    return { ...source.page, url, copyUrl: absolute(markdownCopyUrl(source.page.permalink)), body };
  };

  const stories = storySources.map(finish);
  const storyById = new Map(posts.map((post, index) => [post.id, stories[index]!]));
  const tagList = Object.values(blog?.blogTags ?? {}).sort((a, b) => a.label.localeCompare(b.label));
  const tags = tagList.map((tag): CopyPage => {
    // A tag lists its posts by id, newest first.
    const tagged = tag.items.map((id) => storyById.get(id)).filter((s) => s?.listed);
    const list = tagged.map((story) => `- [${story!.title}](${story!.copyUrl}): ${story!.description}`);
    const permalink = published(tag.permalink);
    const url = absolute(permalink);
    return {
      kind: 'tag',
      permalink,
      url,
      copyUrl: absolute(markdownCopyUrl(permalink)),
      title: tag.label,
      description: tag.description ?? '',
      facts: [['Stories', String(tagged.length)]],
      body: `${tag.description ? `${tag.description}\n\n` : ''}${list.join('\n')}\n`,
      listed: !tag.unlisted,
    };
  });
  return { stories, docs: docSources.map(finish), tags };
}

function storySource(post: BlogPost): Source {
  const { metadata } = post;
  const facts: [string, string][] = [];
  const authors = metadata.authors.map((author) => author.name ?? author.key).filter(Boolean);
  if (authors.length > 0) facts.push([authors.length > 1 ? 'Authors' : 'Author', authors.join(', ')]);
  facts.push(['Date', new Date(metadata.date).toISOString().slice(0, 10)]);
  const { series } = metadata as typeof metadata & ExtraPostMetadata;
  if (series) facts.push(['Series', seriesLine(series)]);
  return sourceOf('story', metadata, facts, post.content);
}

function docSource(doc: DocMetadata, siteDir: string): Source {
  const file = siteRelative(doc.source);
  const { content } = parsePost(file, readFileSync(resolve(siteDir, file), 'utf8'));
  const facts: [string, string][] = [];
  if (doc.lastUpdatedAt) facts.push(['Last updated', new Date(doc.lastUpdatedAt).toISOString().slice(0, 10)]);
  return sourceOf('doc', doc, facts, content);
}

/** What stories and docs pages have in common, as their plugins load it. */
interface PageMetadata {
  permalink: string;
  title: string;
  description: string;
  source: string;
  unlisted: boolean;
  tags: { label: string }[];
}

function sourceOf(kind: CopyPage['kind'], metadata: PageMetadata, facts: [string, string][], body: string): Source {
  if (metadata.tags.length > 0) facts.push(['Tags', metadata.tags.map((tag) => tag.label).join(', ')]);
  const { permalink, title, description } = metadata;
  return {
    page: { kind, permalink, title, description, facts, listed: !metadata.unlisted },
    file: siteRelative(metadata.source),
    body,
  };
}

/** `@site/blog/x.md` -> `blog/x.md`. */
const siteRelative = (source: string) => source.replace(/^@site\//, '');

type SidebarItem = { type: string; id?: string; items?: SidebarItem[]; link?: { type: string; id?: string } };

/** The docs in the order of their sidebars, then those no sidebar names, by URL. */
function sortedDocs(content: DocsContent): DocMetadata[] {
  const version = content.loadedVersions[0];
  if (!version) return [];
  const order: string[] = [];
  const walk = (items: SidebarItem[]) => {
    for (const item of items) {
      if (item.type === 'doc' && item.id) order.push(item.id);
      if (item.link?.type === 'doc' && item.link.id) order.push(item.link.id);
      if (item.items) walk(item.items);
    }
  };
  for (const items of Object.values(version.sidebars)) walk(items as SidebarItem[]);
  const rank = (doc: DocMetadata) => {
    const index = order.indexOf(doc.id);
    return index === -1 ? order.length : index;
  };
  return [...version.docs].sort((a, b) => rank(a) - rank(b) || a.permalink.localeCompare(b.permalink));
}
