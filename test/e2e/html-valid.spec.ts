/**
 * Every kind of page the build writes is valid HTML. Page kinds are found in the build, not listed
 * by hand: a page's kind is the class list Docusaurus puts on its <html> (blog-post-page,
 * docs-doc-page…) less the per-page parts, so pages that plugins add later are covered too. A few
 * pages of each kind are validated twice: by the Nu Html Checker itself (vnu.jar, one Java process
 * for all of them; scripts/ensure-java.sh installs Java), and by html-validate (.htmlvalidate.json),
 * which adds rules Nu lacks: heading order, empty titles, links to missing ids, WCAG H37.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { test, expect, BUILD_DIR, ROUTES } from './fixtures';
import { formatNuError, nuErrors } from '../../scripts/lib/nu-checker';

/** The file the build writes a route as (trailingSlash: false): `/` is index.html, `/docs` docs.html. */
const fileOf = (route: string) => (route === '/' ? 'index.html' : `${route.slice(1)}.html`);

/** Pages validated per kind: the first ones by path, so every run checks the same pages. */
const PER_KIND = 10;

/** The kind of a built page, from its <html> element's classes (or what a page without them is). */
function pageKind(html: string): string {
  const classes = /<html[^>]*\sclass=(?:"([^"]*)"|([^\s>]+))/i.exec(html);
  if (classes) {
    return (classes[1] ?? classes[2]!)
      .split(/\s+/)
      .filter((name) => name && !/^docs-doc-id-/.test(name))
      .sort()
      .join(' ');
  }
  return /<meta[^>]+http-equiv=["']?refresh/i.test(html) ? 'redirect' : 'other';
}

function builtPages(): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  const files = readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
  for (const file of files) {
    const kind = pageKind(readFileSync(join(BUILD_DIR, file), 'utf8'));
    kinds.set(kind, [...(kinds.get(kind) ?? []), file]);
  }
  return kinds;
}

const kinds = builtPages();
const validator = new HtmlValidate(new FileSystemConfigLoader());

test('the build has every kind of page the site promises', () => {
  const all = [...kinds.values()].flat();
  const pages = [ROUTES.home, ROUTES.pages.search!, ROUTES.archive, ROUTES.docs].map(fileOf);
  for (const file of [...pages, '404.html']) {
    expect(all, file).toContain(file);
  }
  const names = [...kinds.keys()].join('\n');
  for (const kind of [
    'blog-post-page',
    'blog-list-page',
    'blog-tags-list-page',
    'blog-tags-post-list-page',
    'blog-authors-list-page',
    'blog-authors-posts-page',
    'docs-doc-page',
  ]) {
    expect(names, kind).toContain(kind);
  }
});

for (const [kind, files] of kinds) {
  const sample = files.slice(0, PER_KIND);
  test(`valid HTML: ${kind} (${sample.join(', ')})`, async () => {
    const errors: string[] = [];
    for (const file of sample) {
      const report = await validator.validateString(readFileSync(join(BUILD_DIR, file), 'utf8'), `build/${file}`);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${result.filePath}:${message.line}:${message.column}  ${message.message}  (${message.ruleId})`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
}

test('the Nu Html Checker finds no error on any kind of page', async () => {
  // One run over every kind's sample: vnu.jar takes seconds to start and milliseconds a page.
  test.setTimeout(180_000);
  const sample = [...kinds.values()].flatMap((files) => files.slice(0, PER_KIND));
  const errors = await nuErrors(sample, { cwd: BUILD_DIR });
  expect(errors.map(formatNuError)).toEqual([]);
});
