/** Every post the importer writes passes the site's content checks with zero errors. */
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../packages/content-engine/src/check/check';
import { fixture } from '../helpers/paths';
import { runImport as run, tempSite } from '../helpers/import';
import { loadSite } from '@sde/content-engine';

describe('imported posts pass npm run check', () => {
  const site = tempSite();
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
    expect(checked.files).toBeGreaterThanOrEqual(3 + imports.length);
    expect(checked.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
