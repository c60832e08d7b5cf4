/**
 * Canaries for the site's own theme choices that lean on upstream markup: when one fails,
 * Docusaurus changed the component, so compare it with ours (upstream may even do what ours is
 * for now, and ours can go).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

const theme = join(ROOT, 'node_modules', '@docusaurus', 'theme-classic', 'lib', 'theme');
const upstream = (...parts: string[]) => readFileSync(join(theme, ...parts), 'utf8');
const ours = (...parts: string[]) => readFileSync(join(ROOT, 'src', 'theme', ...parts), 'utf8');

describe('BlogTagsListPage, ejected', () => {
  it('upstream still lists tags by letter with label and count only, where ours adds each tag’s description', () => {
    const page = upstream('BlogTagsListPage', 'index.js');
    expect(page).toContain("import TagsListByLetter from '@theme/TagsListByLetter';");
    expect(page).toContain('<TagsListByLetter tags={tags} />');
    // The tag link shows the description only as a title attribute, not as text.
    const tag = upstream('Tag', 'index.js');
    expect(tag).toMatch(/export default function Tag\(\{permalink, label, count, description\}\)/);
    expect(tag).toContain('title={description}');
    expect(tag).toMatch(/>\s*\{label\}\s*\{count && <span>\{count\}<\/span>\}\s*<\/Link>/);
    expect(ours('BlogTagsListPage', 'index.tsx')).toContain('{tag.description && <p className={styles.description}>');
  });

  it('upstream still frames the list as ours does: classes, metadata, search tag, layout and heading', () => {
    const page = upstream('BlogTagsListPage', 'index.js');
    const mine = ours('BlogTagsListPage', 'index.tsx');
    expect(page).toMatch(/export default function BlogTagsListPage\(\{tags, sidebar\}\)/);
    expect(mine).toContain('export default function BlogTagsListPage({ tags, sidebar }: Props)');
    for (const [theirs, same] of [
      ['const title = translateTagsPageTitle();', 'const title = translateTagsPageTitle();'],
      [
        /ThemeClassNames\.wrapper\.blogPages,\s*ThemeClassNames\.page\.blogTagsListPage,/,
        'className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogTagsListPage)}',
      ],
      ['<SearchMetadata tag="blog_tags_list" />', '<SearchMetadata tag="blog_tags_list" />'],
      ['<BlogLayout sidebar={sidebar}>', '<BlogLayout sidebar={sidebar}>'],
      ['<Heading as="h1">{title}</Heading>', '<Heading as="h1">{title}</Heading>'],
    ] as const) {
      expect(page).toMatch(theirs);
      expect(mine).toContain(same);
    }
    // Upstream gives the page a title only; ours adds a description, for search engines.
    expect(page).toContain('<PageMetadata title={title} />');
    expect(mine).toMatch(/<PageMetadata\s+title=\{title\}\s+description=/);
  });

  it('its props still carry each tag’s description', () => {
    const types = readFileSync(
      join(ROOT, 'node_modules', '@docusaurus', 'plugin-content-blog', 'src', 'plugin-content-blog.d.ts'),
      'utf8',
    );
    const declaration = types.split("declare module '@theme/BlogTagsListPage' {")[1]!.split('declare module')[0]!;
    expect(declaration).toContain('readonly tags: TagsListItem[];');
    const common = readFileSync(join(ROOT, 'node_modules', '@docusaurus', 'utils', 'lib', 'tags.d.ts'), 'utf8');
    expect(common).toMatch(/description: string \| undefined;/);
  });
});

describe('the header layout src/css/custom.css corrects', () => {
  it('below 997 px the theme lays the search box over the header, which src/css/custom.css undoes', () => {
    expect(upstream('Navbar', 'Search', 'styles.module.css')).toMatch(
      /@media \(max-width: 996px\) \{\s*\.navbarSearchContainer \{\s*position: absolute;/,
    );
  });
});

describe('the wrappers of feeds, scheduled and updated stories', () => {
  it('upstream tag and author pages list their stories through BlogPostItems, where ours puts the Follow line', () => {
    expect(upstream('BlogTagsPostsPage', 'index.js')).toContain('<BlogPostItems items={items} />');
    expect(upstream('Blog', 'Pages', 'BlogAuthorsPostsPage', 'index.js')).toContain('<BlogPostItems items={items} />');
    expect(ours('BlogPostItems', 'index.tsx')).toContain('<FollowLine />');
  });

  it('upstream story page shows its banners through ContentVisibility, given the post’s metadata', () => {
    expect(upstream('BlogPostPage', 'index.js')).toContain('<ContentVisibility metadata={metadata} />');
    expect(ours('ContentVisibility', 'index.tsx')).toContain('props.metadata');
  });

  it('upstream post header shows the date through Header/Info, beside which ours adds the update', () => {
    expect(upstream('BlogPostItem', 'Header', 'index.js')).toContain('<BlogPostItemHeaderInfo />');
    expect(upstream('BlogPostItem', 'Header', 'Info', 'index.js')).toMatch(
      /<DateTime date=\{date\} formattedDate=\{formatDate\(date\)\} \/>/,
    );
  });
});

describe('BlogPostPage/StructuredData, replaced', () => {
  it('upstream still writes the blog plugin’s BlogPosting as is, in one script, which ours extends for series', () => {
    const component = upstream('BlogPostPage', 'StructuredData', 'index.js');
    expect(component).toContain("import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';");
    expect(component).toMatch(/<script type="application\/ld\+json">\s*\{JSON\.stringify\(structuredData\)\}/);
    expect(component.match(/<script/g)).toHaveLength(1);
    const mine = ours('BlogPostPage', 'StructuredData', 'index.tsx');
    expect(mine).toContain('const data = useBlogPostStructuredData();');
    expect(mine).toContain('JSON.stringify(series ? withSeries(data, series, seriesUrl) : data)');
  });

  it('upstream’s BlogPosting says it is part of the blog, which ours keeps beside the series', () => {
    const hook = readFileSync(
      join(ROOT, 'node_modules', '@docusaurus', 'plugin-content-blog', 'lib', 'client', 'structuredDataUtils.js'),
      'utf8',
    );
    expect(hook).toMatch(/isPartOf: \{\s*'@type': 'Blog',/);
  });
});

describe('BlogPostItem/Footer, wrapped', () => {
  it('upstream footer shows "Last updated" from the post context’s metadata, which ours provides without the update', () => {
    const footer = upstream('BlogPostItem', 'Footer', 'index.js');
    expect(footer).toContain('const {metadata, isBlogPostPage} = useBlogPost();');
    expect(footer).toMatch(/lastUpdatedAt,\s*\} = metadata;/);
    expect(footer).toContain('lastUpdatedAt={lastUpdatedAt}');
    const mine = ours('BlogPostItem', 'Footer', 'index.tsx');
    expect(mine).toContain('metadata: { ...metadata, lastUpdatedAt: undefined, lastUpdatedBy: undefined }');
    expect(mine).toContain('<BlogPostProvider content={withoutUpdate} isBlogPostPage={isBlogPostPage}>');
  });
});
