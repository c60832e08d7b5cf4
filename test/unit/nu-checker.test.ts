/**
 * The Nu Html Checker as the browser suite runs it (scripts/lib/nu-checker.ts): it catches the two
 * errors html-validate let through on the site (a search input with role=combobox, an itemprop
 * outside any item), where they are, and passes the same page written as the site now writes it.
 * And canaries for the theme components changed for it: when one fails, upstream changed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nuErrors } from '../../scripts/lib/nu-checker';
import { FIXTURES, ROOT } from '../helpers/paths';

describe('the Nu Html Checker', () => {
  it('reports both errors of the bad page at their lines, and nothing on its good twin, in one run', async () => {
    const errors = await nuErrors(['nu/bad.html', 'nu/good.html'], { cwd: FIXTURES });
    expect(errors.map(({ file, line, message }) => ({ file, line, message }))).toEqual([
      { file: 'nu/bad.html', line: 6, message: 'Bad value “search” for attribute “type” on element “input”.' },
      {
        file: 'nu/bad.html',
        line: 11,
        message: 'The “itemprop” attribute was specified, but the element is not a property of any item.',
      },
    ]);
  }, 60_000);

  it('fails loudly when it cannot run, rather than passing', async () => {
    await expect(nuErrors(['nu/bad.html'], { cwd: FIXTURES, java: 'no-such-java' })).rejects.toThrow(
      /did not run.*ensure-java/,
    );
  });
});

const upstream = (...parts: string[]) =>
  readFileSync(join(ROOT, 'node_modules', '@docusaurus', 'theme-classic', 'lib', 'theme', ...parts), 'utf8');
const ours = (...parts: string[]) => readFileSync(join(ROOT, 'src', 'theme', ...parts), 'utf8');

describe('theme components changed for the Nu Html Checker', () => {
  it('upstream’s last-updated date is still an itemprop, so a doc’s footer needs an item around it', () => {
    expect(upstream('LastUpdated', 'index.js')).toContain('itemProp="dateModified"');
    expect(ours('DocItem', 'Footer', 'index.tsx')).toContain('itemScope itemType="https://schema.org/WebPage"');
  });

  it('upstream’s tab panel still has no id, and its tabs still take their TabItem’s attributes', () => {
    const panel = upstream('TabItem', 'index.js');
    expect(panel).toMatch(/role="tabpanel"\s+className=\{clsx\(styles\.tabItem, className\)\}\s+\{\.\.\.\{hidden\}\}>/);
    expect(upstream('Tabs', 'index.js')).toMatch(/role="tab"[\s\S]*\{\.\.\.attributes\}/);
    expect(ours('TabItem', 'index.tsx')).toContain('role="tabpanel" id={panelId}');
  });
});
