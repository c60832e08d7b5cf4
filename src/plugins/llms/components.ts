/**
 * Markdown for the site's own MDX components (src/components/ContentLists.tsx), so a docs page's
 * copy keeps the tables the page shows instead of losing them with the JSX. Same data, same
 * columns and links as the components.
 */
import { authorRoute, tagRoute, type AuthorsFile, type Site, type TagsFile } from '@sde/content-engine';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** Renderings by component name; `siteRoot` is the site's absolute root URL ending in `/`. */
export function contentListsMarkdown(
  site: Pick<Site, 'blog' | 'docs'>,
  tags: TagsFile,
  authors: AuthorsFile,
  siteRoot: string,
) {
  const url = (route: string) => `${siteRoot}${route.slice(1)}`;
  return {
    TagTable: () =>
      table(
        ['Key', 'Label', 'Description'],
        Object.entries(tags).map(([key, tag]) => [
          `\`${key}\``,
          `[${cell(tag.label)}](${url(tagRoute(site, tag.permalink))})`,
          cell(tag.description ?? ''),
        ]),
      ),
    AuthorTable: () =>
      table(
        ['Key', 'Name', 'Title'],
        Object.entries(authors).map(([key, author]) => [
          `\`${key}\``,
          `[${cell(author.name)}](${url(authorRoute(site, key))})`,
          cell(author.title ?? ''),
        ]),
      ),
  };
}
