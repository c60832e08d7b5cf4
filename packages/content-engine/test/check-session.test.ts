/**
 * A check session (the dev server's checks on every save) finds exactly what a fresh `checkSite`
 * finds after each kind of change, while reading and checking again only what the change affects.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from '../src/check/check';
import { CheckSession } from '../src/check/session';
import { copyFixtureSite } from './helpers';
import { loadSite } from '../src';

const copy = copyFixtureSite();
afterAll(() => copy.dispose());
const site = loadSite(copy.dir);
const post = join(copy.dir, 'blog/biggest-achievement.md');
const original = readFileSync(post, 'utf8');

/** Saves `text` over `file`, as a later time than the last save (so its stamp changes). */
function save(file: string, text: string): void {
  writeFileSync(file, text);
}

describe('a check session', () => {
  const session = new CheckSession(site);

  it('reads and checks every file the first time, and finds what checkSite finds', () => {
    const run = session.run();
    expect(run.findings).toEqual(checkSite(site).findings);
    expect(run.reread).toBe(run.files);
    expect(run.rechecked).toBe(run.files);
  });

  it('with nothing changed, reads and checks nothing again', () => {
    const run = session.run();
    expect(run.findings).toEqual(checkSite(site).findings);
    expect([run.reread, run.rechecked]).toEqual([0, 0]);
  });

  it('after an edit in the text, checks that file alone, and finds the mistake it adds', () => {
    save(post, `${original}\nRead [the guide](/docs/no-such-doc) too.\n`);
    const run = session.run();
    expect([run.reread, run.rechecked]).toEqual([1, 1]);
    expect(run.findings).toEqual(checkSite(site).findings);
    expect(run.findings.some((f) => f.rule === 'broken-link' && f.file === 'blog/biggest-achievement.md')).toBe(true);
  });

  it('after a new heading, checks every file again: links elsewhere may now resolve', () => {
    save(post, `${original}\n## A new part\n\nMore.\n`);
    const run = session.run();
    expect(run.rechecked).toBe(run.files);
    expect(run.findings).toEqual(checkSite(site).findings);
  });

  it('after a post is added and removed, finds what checkSite finds each time', () => {
    const added = join(copy.dir, 'blog/a-new-story.md');
    save(added, original.replace(/^slug: .*$/m, 'slug: a-new-story'));
    expect(session.run().findings).toEqual(checkSite(site).findings);
    rmSync(added);
    save(post, original);
    const run = session.run();
    expect(run.findings).toEqual(checkSite(site).findings);
  });
});
