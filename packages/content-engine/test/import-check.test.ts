/** Every post the importer writes passes the site's content checks with zero errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../src';
import { checkSite } from '../src/check';
import { copyFixtureSite, fixture, runImport as run } from './helpers';

describe('imported posts pass npm run check', () => {
  // A copy of the fixture site: the seed stories as imported, its tags, authors and docs.
  const copy = copyFixtureSite();
  const site = copy.dir;
  afterAll(() => copy.dispose());
  /** How many files the checks read before the imports: each import adds one. */
  let filesBefore = 0;
  beforeAll(() => {
    filesBefore = checkSite(loadSite(site)).files;
  });
  const imports = [
    [fixture('import/jekyll/_posts/2014-02-03-liquid-and-old-urls.md')],
    [fixture('import/text/bom-crlf-tags.txt'), '--author', 'akecskes', '--date', '2020-02-02'],
    [fixture('import/text/no-tags-line.txt'), '--author', 'unknown', '--date', '2021-03-04', '--tags', 'career'],
    [fixture('import/docusaurus/display-name-author.md')],
    [fixture('import/docusaurus/double-encoded.md')],
    [fixture('import/jekyll/unknown-category.md'), '--ignore-unknown-tags'],
  ];

  it.each(imports)('imports %s', async (...args) => {
    const result = await run([...args, '--site', site]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('the checks find no errors in the site with the imported posts', () => {
    const checked = checkSite(loadSite(site));
    expect(checked.files).toBe(filesBefore + imports.length);
    expect(checked.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
