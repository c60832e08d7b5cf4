/**
 * `npm run new` and `npm run import` with `--series <key> --part <n>`, and a Jekyll source's own
 * `series:` field, in a copy of the fixture site with a series file (test/fixtures/series/).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../src';
import { addFile, copyFixtureSite, fixture, runImport, runNew } from './helpers';

let site: ReturnType<typeof copyFixtureSite>;
beforeEach(() => {
  site = copyFixtureSite();
  addFile(site.dir, fixture('series', 'series.yml'), 'blog/series.yml');
});
afterEach(() => site.dispose());

const NEW = ['--author', 'unknown', '--tags', 'career'];
const frontMatterOf = (file: string) => parsePost(file, readFileSync(join(site.dir, file), 'utf8')).data;

describe('npm run new with a series', () => {
  it('writes the series and the part after the tags', async () => {
    const run = await runNew(['The second month', ...NEW, '--series', 'first-year', '--part', '2'], site.dir);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(site.dir, 'blog/the-second-month.md'), 'utf8');
    expect(text).toMatch(/^tags: \[career\]\nseries: first-year\npart: 2\n---$/m);
    expect(frontMatterOf('blog/the-second-month.md')).toMatchObject({ series: 'first-year', part: 2 });
  });

  it('takes the series by its title too', async () => {
    const run = await runNew(['A part', ...NEW, '--series', 'My first year in support', '--part', '1'], site.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(frontMatterOf('blog/a-part.md').series).toBe('first-year');
  });

  it('refuses an unknown series with did-you-mean, and writes nothing', async () => {
    const run = await runNew(['A part', ...NEW, '--series', 'frist-year', '--part', '1'], site.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--series: "frist-year" is not a series in series.yml');
    expect(run.stderr).toContain('did you mean "first-year"?');
    expect(run.stderr).toContain('nothing was written');
  });

  it('refuses a series without a part, and a part without a series or below 1', async () => {
    const noPart = await runNew(['A part', ...NEW, '--series', 'first-year'], site.dir);
    expect(noPart.code).toBe(1);
    expect(noPart.stderr).toContain('pass --part <n>');
    expect((await runNew(['A part', ...NEW, '--part', '2'], site.dir)).code).toBe(2);
    expect((await runNew(['A part', ...NEW, '--series', 'first-year', '--part', '0'], site.dir)).code).toBe(2);
  });

  it('refuses a part number another part of the series has', async () => {
    addFile(site.dir, fixture('series', 'part-1.md'), 'blog/part-1.md');
    const run = await runNew(['A part', ...NEW, '--series', 'first-year', '--part', '1'], site.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/duplicate-part/);
  });
});

describe('npm run import with a series', () => {
  const jekyll = (name: string) => fixture('import', 'jekyll-series', name);

  it('keeps a Jekyll series: field that names a series of series.yml, with --part', async () => {
    const run = await runImport([jekyll('2014-03-01-my-first-week.md'), '--part', '1', '--site', site.dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('mapped series "My first year in support" → first-year');
    expect(frontMatterOf('blog/my-first-week.md')).toMatchObject({ series: 'first-year', part: 1 });
  });

  it('asks for the part of a story whose series it keeps', async () => {
    const run = await runImport([jekyll('2014-03-01-my-first-week.md'), '--site', site.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the story is in series "first-year", but its part is not known');
  });

  it('leaves out a series the site does not have, and says so', async () => {
    const run = await runImport([jekyll('2014-04-01-unknown-series.md'), '--site', site.dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('left out series "Night shifts": it names no series in series.yml');
    expect(frontMatterOf('blog/unknown-series.md').series).toBeUndefined();
  });

  it('puts any story into a series with --series and --part', async () => {
    const run = await runImport([
      jekyll('2014-04-01-unknown-series.md'),
      '--series',
      'move-to-qa',
      '--part',
      '1',
      '--site',
      site.dir,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('series "Night shifts" replaced by --series move-to-qa');
    expect(frontMatterOf('blog/unknown-series.md')).toMatchObject({ series: 'move-to-qa', part: 1 });
  });
});
