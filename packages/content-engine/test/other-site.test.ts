/**
 * The content engine is not written for one site: a fixture site whose manifest puts its posts in
 * stories/ under /journal, its tags in stories/topics.yml and its docs in manual/ under /handbook
 * is checked by the same rules, with every route and file from that manifest.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../src';
import { checkSite, formatText } from '../src/check';

const FIXTURE = fileURLToPath(new URL('./fixtures/other-site', import.meta.url));

describe('a site laid out another way', () => {
  const site = loadSite(FIXTURE);
  const result = checkSite(site);

  it('reads its folders and routes from its manifest', () => {
    expect(site.blog).toMatchObject({ path: 'stories', routeBasePath: 'journal', tags: 'topics.yml' });
    expect(result.files).toBe(3);
  });

  it('reports the tag typo at its file:line:column, with the right suggestion, and nothing else', () => {
    expect(result.findings).toEqual([
      {
        file: 'stories/the-second-week.md',
        line: 7,
        column: 16,
        severity: 'error',
        rule: 'unknown-tag',
        message: 'unknown tag "carrer": not a key of stories/topics.yml',
        suggestion: 'did you mean "career"?',
      },
    ]);
    expect(formatText(result).split('\n')[0]).toBe(
      'stories/the-second-week.md:7:16  error  unknown tag "carrer": not a key of stories/topics.yml; ' +
        'did you mean "career"?  (unknown-tag)',
    );
  });

  it('resolves links by its own routes: posts, tags, authors, list pages and docs with their anchors', () => {
    // first-day.md links to /journal/the-second-week, /journal/tags/career, /journal/authors/mira,
    // /journal/page/2 (one post per page) and /handbook/intro#before-you-start: none is reported.
    expect(result.findings.filter((finding) => finding.rule.includes('link'))).toEqual([]);
  });

  it("reports a link to this site's default layout, which the other site does not have", () => {
    const copy = mkdtempSync(join(tmpdir(), 'sde-other-site-'));
    cpSync(FIXTURE, copy, { recursive: true });
    const post = join(copy, 'stories', 'first-day.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace('(/journal/the-second-week)', '(/blog/the-second-week)'));
    const links = checkSite(loadSite(copy)).findings.filter((finding) => finding.file === 'stories/first-day.md');
    expect(links.map((finding) => [finding.rule, finding.message])).toEqual([
      ['broken-link', 'link to /blog/the-second-week: no page of the site has that URL'],
    ]);
  });
});
