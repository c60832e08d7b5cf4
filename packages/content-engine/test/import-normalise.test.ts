import { describe, expect, it } from 'vitest';
import {
  cleanText,
  cutDescription,
  ensureTruncate,
  mapAuthors,
  mapTags,
  resolveDate,
  resolveDescription,
  resolveSlug,
  slugify,
  tidyBody,
} from '../src/import/normalise';
import { TRUNCATE_MARKER } from '../src/content/markdown';
import { formatFrontMatter, yamlString } from '../src/import/format';
import { parseYaml } from '../src/content/yaml';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../src/content/schema';
import { fixtureSiteData } from './helpers';
import { messageWithFix } from '../src/content/position';
import type { Problem } from '../src/import/types';

/** The fixture site's tags and authors (the seed stories' own). */
const site = fixtureSiteData();

const said = (problems: Problem[]) => problems.map(messageWithFix);
const names = (...values: string[]) => values.map((value) => ({ value }));

describe('cleanText', () => {
  it('removes a byte order mark and says so', () => {
    expect(cleanText('\uFEFFTitle')).toEqual({ text: 'Title', changes: ['removed the byte order mark'] });
  });

  it('turns CRLF and lone CR into LF and counts them', () => {
    const { text, changes } = cleanText('a\r\nb\rc\n');
    expect(text).toBe('a\nb\nc\n');
    expect(changes).toEqual(['converted 2 Windows line endings to \\n']);
  });

  it('repairs mojibake, the emoji coming back whole', () => {
    const { text, changes } = cleanText('crossed for. ðŸ¤ž I didnâ€™t');
    expect(text).toBe('crossed for. 🤞 I didn’t');
    expect(changes[0]).toMatch(/^repaired 2 mojibake sequences \(ðŸ¤ž → 🤞, â€™ → ’\)$/);
  });

  it('undoes text that was encoded twice', () => {
    expect(cleanText('itÃ¢â‚¬â„¢s').text).toBe('it’s');
  });

  it('leaves clean text and its report alone', () => {
    expect(cleanText('Café — naïve ’quotes’ 🤞')).toEqual({ text: 'Café — naïve ’quotes’ 🤞', changes: [] });
  });
});

describe('tidyBody', () => {
  it('strips trailing spaces and tabs and counts the lines', () => {
    expect(tidyBody('one \ntwo\t\nthree')).toEqual({
      body: 'one\ntwo\nthree',
      changes: ['removed trailing whitespace from 2 lines'],
    });
  });

  it('keeps a two-space hard line break as a backslash', () => {
    const { body, changes } = tidyBody('first line  \nsecond line');
    expect(body).toBe('first line\\\nsecond line');
    expect(changes).toEqual(['kept 1 hard line break as a trailing backslash']);
  });

  it('does not add backslashes inside fenced code', () => {
    expect(tidyBody('```\ncode  \nmore\n```').body).toBe('```\ncode\nmore\n```');
  });

  it('does not treat two spaces before a blank line as a break', () => {
    expect(tidyBody('end of paragraph  \n\nnext').body).toBe('end of paragraph\n\nnext');
  });

  it('collapses leading blank lines to one and drops trailing ones', () => {
    expect(tidyBody('\n\n\nText\n\n\n').body).toBe('\nText');
    expect(tidyBody('Text').body).toBe('Text');
  });
});

describe('slugify', () => {
  it.each([
    ['However Long It Takes', 'however-long-it-takes'],
    ["I Didn't Forget: Café Stories!", 'i-didnt-forget-cafe-stories'],
    ['  --Spaces and   dashes--  ', 'spaces-and-dashes'],
    ['Ünïcödé 2024', 'unicode-2024'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts a long title at a word, within the slug limit', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(/^word(-word)*$/);
  });

  it('gives an empty slug for a title with no letters or digits', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});

describe('mapTags', () => {
  it.each([
    ['project management', 'project-management'],
    ['Project-Management', 'project-management'],
    ['PM_Tools', 'pm-tools'],
    ['Customer Service', 'customer-service'],
    ['knowhow', 'know-how'],
  ])('maps the spelling "%s" onto %s', (value, key) => {
    expect(mapTags([{ value, kind: 'tag' }], [], site.tags).keys).toEqual([key]);
  });

  it('reports a mapped category by name', () => {
    const result = mapTags([{ value: 'Know-how', kind: 'category' }], [], site.tags);
    expect(result).toEqual({ keys: ['know-how'], changes: ['mapped category Know-how → know-how'], problems: [] });
  });

  it('does not report a tag that was already a key', () => {
    expect(mapTags([{ value: 'career', kind: 'tag' }], [], site.tags).changes).toEqual([]);
  });

  it('adds --tags after the source tags, without duplicates', () => {
    const result = mapTags([{ value: 'Career', kind: 'tag' }], ['career', 'hiring'], site.tags);
    expect(result.keys).toEqual(['career', 'hiring']);
    expect(result.changes).toContain('added tag hiring from --tags');
  });

  it('makes an unknown tag a problem naming the option that skips it', () => {
    const result = mapTags([{ value: 'Cooking', kind: 'category' }], [], site.tags);
    expect(result.keys).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(said(result.problems)[0]).toMatch(
      /^category "Cooking" matches no tag in tags\.yml; .*--ignore-unknown-tags/,
    );
  });

  it('leaves an unknown tag out, reported, when asked to', () => {
    const result = mapTags(
      [
        { value: 'Cooking', kind: 'tag' },
        { value: 'career', kind: 'tag' },
      ],
      [],
      site.tags,
      true,
    );
    expect(result.keys).toEqual(['career']);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual(['left out tag "Cooking": it matches no tag in tags.yml']);
  });

  it('makes no tags at all a problem naming --tags', () => {
    expect(said(mapTags([], [], site.tags).problems)[0]).toMatch(/^no tags; pass --tags <a,b>/);
  });

  it('refuses an unknown --tags value', () => {
    expect(said(mapTags([], ['nope'], site.tags).problems)[0]).toMatch(/^--tags: "nope" is not a tag/);
  });
});

describe('mapAuthors', () => {
  it('maps a display name onto its key', () => {
    expect(mapAuthors(names('Jelena Barinova'), undefined, site.authors)).toEqual({
      keys: ['jelena-barinova'],
      changes: ['mapped author "Jelena Barinova" → jelena-barinova'],
      problems: [],
    });
  });

  it('accepts a key as it is, silently', () => {
    expect(mapAuthors(names('akecskes'), undefined, site.authors)).toEqual({
      keys: ['akecskes'],
      changes: [],
      problems: [],
    });
  });

  it('lets --author replace the source author, and says so', () => {
    const result = mapAuthors(names('Jelena Barinova'), 'akecskes', site.authors);
    expect(result.keys).toEqual(['akecskes']);
    expect(result.changes).toEqual(['author "Jelena Barinova" replaced by --author akecskes']);
  });

  it('never invents an author: no author is a problem naming --author and "unknown"', () => {
    const { keys, problems } = mapAuthors(names(), undefined, site.authors);
    expect(keys).toEqual([]);
    expect(said(problems)[0]).toMatch(/^no author; pass --author <key>.*use "unknown" when the author is not known/);
  });

  it('refuses a name that is not in authors.yml', () => {
    expect(said(mapAuthors(names('Grace Hopper'), undefined, site.authors).problems)[0]).toMatch(
      /^author "Grace Hopper" is not in authors\.yml/,
    );
  });
});

describe('resolveDate and resolveSlug', () => {
  it('takes --date over the source, and reports both', () => {
    expect(resolveDate('2013-05-31', '2014-01-01').changes).toEqual([
      'date 2014-01-01 from --date (the source said 2013-05-31)',
    ]);
  });

  it('refuses a date that is not in the calendar', () => {
    expect(said(resolveDate(undefined, '2026-02-30').problems)[0]).toMatch(/--date: "2026-02-30" is not a real date/);
  });

  it('makes a missing date a problem naming --date', () => {
    expect(said(resolveDate(undefined, undefined).problems)).toEqual([
      'no date; pass --date YYYY-MM-DD (the day the story was first published)',
    ]);
  });

  it('refuses a --slug that could leave the folder', () => {
    expect(said(resolveSlug(undefined, '../escape', 'T').problems)[0]).toMatch(
      /--slug: "\.\.\/escape" must be lower-case/,
    );
  });

  it('remakes a source slug that is not kebab-case', () => {
    expect(resolveSlug('My Old Slug', undefined, 'Title').slug).toBe('my-old-slug');
  });
});

describe('cutDescription', () => {
  const sentence = (n: number) => `${'x'.repeat(n - 1)}.`;

  it('keeps a paragraph that fits whole', () => {
    expect(cutDescription('A paragraph that is comfortably within the length a snippet wants.')).toBe(
      'A paragraph that is comfortably within the length a snippet wants.',
    );
  });

  it('cuts at the last sentence end that fits', () => {
    const text = `${sentence(60)} ${sentence(60)} ${sentence(60)}`;
    expect(cutDescription(text)).toBe(`${sentence(60)} ${sentence(60)}`);
  });

  it('cuts at a word with an ellipsis when no sentence fits', () => {
    const text = 'word '.repeat(60).trim();
    const cut = cutDescription(text)!;
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(cut.length).toBeGreaterThan(DESCRIPTION_MAX - 6);
  });

  it('does not end a word cut on a comma', () => {
    const text = `${'a'.repeat(150)}, ${'b'.repeat(40)}`;
    expect(cutDescription(text)).toBe(`${'a'.repeat(150)}…`);
  });

  it('gives up on text shorter than the minimum', () => {
    expect(cutDescription('Too short.')).toBeUndefined();
    expect(cutDescription('y'.repeat(DESCRIPTION_MIN))).toBe('y'.repeat(DESCRIPTION_MIN));
  });
});

describe('resolveDescription', () => {
  const body = '\nA first paragraph with [a link](https://example.com) and `code`, long enough to describe.\n\nNext.';

  it('prefers the subtitle when it fits', () => {
    const result = resolveDescription(undefined, undefined, 'How to know your product and customer needs better', body);
    expect(result.description).toBe('How to know your product and customer needs better');
    expect(result.changes).toEqual(['description from the subtitle']);
  });

  it('falls back from a short subtitle to the first paragraph, without Markdown', () => {
    const result = resolveDescription(undefined, undefined, 'Too short', body);
    expect(result.description).toBe('A first paragraph with a link and code, long enough to describe.');
    expect(result.changes[0]).toMatch(/subtitle is 9 characters/);
  });

  it('joins short opening paragraphs until the text is long enough', () => {
    const result = resolveDescription(
      undefined,
      undefined,
      undefined,
      'Short one.\n\nAnother short paragraph here, and more.',
    );
    expect(result.description).toBe('Short one. Another short paragraph here, and more.');
    expect(result.changes).toEqual(['description from the first 2 paragraphs']);
  });

  it('asks for --description when nothing long enough exists', () => {
    expect(said(resolveDescription(undefined, undefined, undefined, 'Hi.').problems)[0]).toMatch(/pass --description/);
  });

  it('checks the length of --description', () => {
    expect(said(resolveDescription('short', undefined, undefined, body).problems)[0]).toBe(
      `--description is 5 characters; it must be ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters`,
    );
  });
});

describe('ensureTruncate', () => {
  it('puts the marker after the first paragraph, skipping a heading', () => {
    const { body, changes } = ensureTruncate('## Heading\n\nFirst para\nstill first.\n\nSecond.');
    expect(body).toBe(`## Heading\n\nFirst para\nstill first.\n\n${TRUNCATE_MARKER.md}\n\nSecond.`);
    expect(changes).toEqual(['added the truncate marker after the first paragraph']);
  });

  it('leaves a body that has the .md marker, however it is spaced', () => {
    for (const marker of ['<!-- truncate -->', '<!--truncate-->']) {
      expect(ensureTruncate(`A.\n${marker}\nB.`)).toEqual({ body: `A.\n${marker}\nB.`, changes: [] });
    }
  });

  it('rewrites the .mdx marker of an MDX source as the .md one, where it stood', () => {
    expect(ensureTruncate('A.\n\n{/* truncate */}\n\nB.')).toEqual({
      body: 'A.\n\n<!-- truncate -->\n\nB.',
      changes: ['rewrote the truncate marker {/* truncate */} as <!-- truncate -->, the spelling a .md post needs'],
    });
  });

  it('does not count a marker quoted in code', () => {
    for (const body of ['Write `<!-- truncate -->` on its own line.', 'A.\n\n```md\n<!-- truncate -->\n```\n']) {
      expect(ensureTruncate(body).changes).toEqual(['added the truncate marker after the first paragraph']);
    }
  });
});

describe('formatFrontMatter', () => {
  it('writes plain scalars when they read back unchanged, quotes otherwise', () => {
    expect(yamlString('Plain words, with a comma')).toBe('Plain words, with a comma');
    for (const value of [
      'Title: with colon',
      '- starts like a list',
      'true',
      '123',
      '#hash',
      "it's 'quoted'",
      ' pad',
    ]) {
      const written = yamlString(value);
      expect(parseYaml(`k: ${written}\n`).value).toEqual({ k: value });
    }
    expect(yamlString('true')).toBe('"true"');
  });

  it('writes lists inline and aliases one per line, in the house order', () => {
    const text = formatFrontMatter({
      tags: ['a', 'b'],
      title: 'T',
      description: 'D',
      slug: 's',
      date: '2020-01-01',
      authors: ['x'],
      aliases: ['/old/path.html'],
      legacy_id: 7,
    });
    expect(text).toBe(
      '---\ntitle: T\ndescription: D\nslug: s\ndate: 2020-01-01\nauthors: [x]\ntags: [a, b]\naliases:\n  - /old/path.html\nlegacy_id: 7\n---\n',
    );
  });

  it('quotes list items that hold flow syntax', () => {
    const text = formatFrontMatter({
      title: 'T',
      description: 'D',
      slug: 's',
      date: '2020-01-01',
      authors: ['x'],
      tags: ['a'],
      keywords: ['one, two', 'k: v'],
    });
    expect(text).toContain('keywords: ["one, two", "k: v"]');
  });
});
