/** A page's Markdown copy keeps what the author wrote, less what only the site can use. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, markdownCopyBody, stripMdx, type LinkContext } from '../../src/plugins/llms/markdown';

const links: LinkContext = {
  pageUrl: 'https://example.org/sub/blog/this-story',
  siteRoot: 'https://example.org/sub/',
  sourceFile: '/site/blog/this-story.md',
  pageOf: (file) => (file === '/site/blog/other-story.md' ? 'https://example.org/sub/blog/other' : undefined),
  assetOf: (file) =>
    file === '/site/blog/photo.png' ? 'https://example.org/sub/assets/images/photo-1a2b.png' : undefined,
};

const md = (body: string) => markdownCopyBody(body, { mdx: false, links });

describe('the truncate marker', () => {
  it('goes, in either spelling, with one blank line left between the paragraphs around it', () => {
    expect(md('Opening.\n<!-- truncate -->\n\nRest.\n')).toBe('Opening.\n\nRest.\n');
    expect(markdownCopyBody('Opening.\n\n{/* truncate */}\n\nRest.\n', { mdx: true, links })).toBe(
      'Opening.\n\nRest.\n',
    );
  });
});

describe('MDX', () => {
  it('loses its imports, exports, comments and expressions, and keeps the Markdown', () => {
    const body = [
      "import Tabs from '@theme/Tabs';",
      'export const year = 2026;',
      '',
      '# Title',
      '',
      '{/* a note to other authors */}',
      '',
      'It is {year} and *still* true.',
      '',
    ].join('\n');
    expect(stripMdx(body)).toBe('\n# Title\n\nIt is  and *still* true.\n');
  });

  it('drops JSX tags but keeps the Markdown inside them', () => {
    const body = '<Details>\n\nHidden **text**.\n\n</Details>\n\nAfter <Badge>new</Badge> text.\n';
    expect(stripMdx(body)).toBe('\nHidden **text**.\n\nAfter new text.\n');
  });

  it('takes the indentation off Markdown kept from nested elements, so it does not become code', () => {
    const body = [
      '<Tabs>',
      '  <TabItem value="a">',
      '    On Debian, run `apt-get install chromium`.',
      '  </TabItem>',
      '</Tabs>',
      '',
      '```mdx',
      '<Tabs>',
      '    kept as written inside a fence',
      '</Tabs>',
      '```',
      '',
    ].join('\n');
    expect(stripMdx(body)).toBe(
      'On Debian, run `apt-get install chromium`.\n\n```mdx\n<Tabs>\n    kept as written inside a fence\n</Tabs>\n```\n',
    );
  });

  it('puts a Markdown rendering in place of a component the caller knows, and drops one it does not', () => {
    const body = 'Tags:\n\n<TagTable />\n\n<Chart />\n\nEnd.\n';
    expect(stripMdx(body, { TagTable: () => '| a |\n| --- |' })).toBe('Tags:\n\n| a |\n| --- |\n\nEnd.\n');
  });

  it('is read as MDX only for .mdx files: in .md, braces and tags are text', () => {
    expect(md('Braces {like this} stay.\n')).toBe('Braces {like this} stay.\n');
  });
});

describe('links', () => {
  it.each([
    ['/docs/authoring', 'https://example.org/sub/docs/authoring'],
    ['/sub/img/a.png', 'https://example.org/sub/img/a.png'],
    ['#anchor', 'https://example.org/sub/blog/this-story#anchor'],
    ['./other-story.md#part', 'https://example.org/sub/blog/other#part'],
    ['photo.png', 'https://example.org/sub/assets/images/photo-1a2b.png'],
    ['neighbour', 'https://example.org/sub/blog/neighbour'],
    ['pathname:///files/a.pdf', 'https://example.org/sub/files/a.pdf'],
    ['https://elsewhere.example/x', 'https://elsewhere.example/x'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
  ])('%s leads to %s', (url, expected) => {
    expect(absoluteUrl(url, links)).toBe(expected);
  });

  it('are made absolute where they are written, and nothing else changes', () => {
    const body = [
      'See [the guide](/docs/authoring "Guide") and ![a photo](photo.png), or [a friend][f].',
      '',
      '<a href="#top">top</a> and `[code](/not/a/link)`.',
      '',
      '[f]: ./other-story.md',
      '',
    ].join('\n');
    expect(md(body)).toBe(
      [
        'See [the guide](https://example.org/sub/docs/authoring "Guide") and ![a photo](https://example.org/sub/assets/images/photo-1a2b.png), or [a friend][f].',
        '',
        '<a href="https://example.org/sub/blog/this-story#top">top</a> and `[code](/not/a/link)`.',
        '',
        '[f]: https://example.org/sub/blog/other',
        '',
      ].join('\n'),
    );
  });

  it('leave a body with no relative link exactly as written, marker aside', () => {
    const body =
      'I applied at [GitLab](https://about.gitlab.com/). 🤞\n<!-- truncate -->\n\n> A _quote_,  two spaces.\n';
    expect(md(body)).toBe('I applied at [GitLab](https://about.gitlab.com/). 🤞\n\n> A _quote_,  two spaces.\n');
  });
});
