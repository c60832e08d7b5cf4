/**
 * The Infima classes and custom properties the build drops (src/plugins/lean-client) must stay
 * unused: no page, script or remaining rule may name one. Reads the production build in build/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNUSED_INFIMA_CLASSES, UNUSED_INFIMA_PROPERTIES } from '../../src/plugins/lean-client/unused-infima';
import { test, expect } from './fixtures';

const BUILD = join(process.cwd(), 'build');

function filesIn(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

test('no page or script uses a dropped Infima class or property, and no rule reads a dropped property', () => {
  const words = new Set<string>();
  for (const file of [...filesIn(BUILD, '.html'), ...filesIn(join(BUILD, 'assets', 'js'), '.js')]) {
    for (const [word] of readFileSync(file, 'utf8').matchAll(/-?-?[_a-zA-Z][\w-]*/g)) words.add(word);
  }
  expect(UNUSED_INFIMA_CLASSES.filter((name) => words.has(name))).toEqual([]);
  expect(UNUSED_INFIMA_PROPERTIES.filter((name) => words.has(name))).toEqual([]);

  const css = filesIn(join(BUILD, 'assets', 'css'), '.css').map((file) => readFileSync(file, 'utf8'));
  expect(css.length).toBeGreaterThan(0);
  const read = UNUSED_INFIMA_PROPERTIES.filter((name) =>
    css.some((text) => new RegExp(`var\\(${name}[,)]`).test(text)),
  );
  expect(read).toEqual([]);
  const classes = UNUSED_INFIMA_CLASSES.filter((name) => css.some((text) => text.includes(`.${name}{`)));
  expect(classes, 'dropped classes still styled').toEqual([]);
});

test('the stylesheet still carries the Infima rules the site uses, in both colour modes', () => {
  const css = filesIn(join(BUILD, 'assets', 'css'), '.css')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  for (const kept of [
    '.navbar{',
    '.menu__link',
    '.pagination-nav',
    '.alert--warning',
    '.avatar__photo',
    '.button--primary',
  ]) {
    expect(css).toContain(kept);
  }
  expect(css).toMatch(/\[data-theme=dark\]/);
  expect(css).toMatch(/@media print/);
});
