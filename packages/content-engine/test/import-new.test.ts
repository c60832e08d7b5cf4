/** `sde-content new`: the scaffold it writes, and the command as a person runs it in a site. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  loadSite,
  lockFile,
  messageWithFix,
  parsePost,
  validatePostFrontMatter,
} from '../src';
import { PLACEHOLDER_DESCRIPTION, scaffoldPost, today } from '../src/import';
import { parseLock } from '../src/permalinks';
import { processIo, runCommand } from '../src/cli';
import { main as permalinks } from '../src/cli/permalinks';
import { copyFixtureSite, FIXTURE_SITE, fixtureSiteData, runNew, sdeContent, tempDir } from './helpers';

/** The fixture site's registries, which a new post must use. */
const site = fixtureSiteData();

/** The fixture site's lock file (its site.yml's blog folder and permalinks file). */
const LOCK_FILE = lockFile(loadSite(FIXTURE_SITE));

/** A throwaway copy of the fixture site, for a test that may write into it. */
const tempSite = () => copyFixtureSite().dir;

const NOW = new Date(2027, 2, 4, 23, 30);

describe('scaffoldPost', () => {
  const result = scaffoldPost(
    {
      title: 'What the ticket queue taught me',
      author: 'Jelena Barinova',
      tags: ['Customer service', 'career'],
      date: '2027-03-04',
    },
    site,
  );
  if (!result.ok) throw new Error(result.problems.map(messageWithFix).join('; '));
  const post = parsePost(`${result.slug}.md`, result.text);

  it('writes frontmatter that validates, with keys for the author and tags', () => {
    const valid = validatePostFrontMatter(post);
    expect(valid.issues).toEqual([]);
    expect(post.data).toMatchObject({
      title: 'What the ticket queue taught me',
      slug: 'what-the-ticket-queue-taught-me',
      date: '2027-03-04',
      authors: ['jelena-barinova'],
      tags: ['customer-service', 'career'],
    });
  });

  it('has a placeholder description that passes the length rule', () => {
    expect(post.data.description).toBe(PLACEHOLDER_DESCRIPTION);
    expect(PLACEHOLDER_DESCRIPTION.length).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
    expect(PLACEHOLDER_DESCRIPTION.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });

  it('has an opening paragraph, then the truncate marker', () => {
    expect(post.content).toMatch(/^\nWrite the opening paragraph here.*\n\n<!-- truncate -->\n\nWrite the rest/);
  });

  it('names what is missing instead of guessing', () => {
    const missing = scaffoldPost({ title: '  ', date: '2027-03-04' }, site);
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    const problems = missing.problems.map(messageWithFix);
    expect(problems[0]).toMatch(/give the title as the first argument/);
    expect(problems.some((problem) => /^no author; pass --author/.test(problem))).toBe(true);
    expect(problems.some((problem) => /^no tags; pass --tags/.test(problem))).toBe(true);
  });
});

it('today() is the local calendar day', () => {
  expect(today(NOW)).toBe('2027-03-04');
});

describe('npm run new', () => {
  /** A post by akecskes tagged career, made from `cwd`. */
  const newPost = (title: string, options: string[], cwd: string) =>
    runNew([title, '--author', 'akecskes', '--tags', 'career', ...options], cwd, NOW);

  it('creates the post, prints its path and preview URL', async () => {
    const out = tempDir();
    const result = await newPost('My first story', ['--out', out, '--site', tempSite()], out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'created my-first-story.md\npreview: http://localhost:3000/blog/my-first-story (start the site with npm start)',
    );
    expect(readFileSync(join(out, 'my-first-story.md'), 'utf8')).toContain('date: 2027-03-04\n');
  });

  it('refuses to overwrite an existing post', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'my-first-story.md'), 'mine');
    const result = await newPost('My first story', ['--out', out, '--site', tempSite()], out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/my-first-story\.md already exists: it was left untouched\nnothing was written$/);
    expect(readFileSync(join(out, 'my-first-story.md'), 'utf8')).toBe('mine');
    expect(readdirSync(out)).toEqual(['my-first-story.md']);
  });

  it('refuses an unknown tag, naming the known ones, and writes nothing', async () => {
    const out = tempDir();
    const result = await runNew(
      ['Title here', '--author', 'akecskes', '--tags', 'cooking', '--out', out, '--site', tempSite()],
      out,
      NOW,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error: --tags: "cooking" is not a tag in tags.yml; use a key of tags.yml (career,',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 without a title', async () => {
    expect((await runNew(['--author', 'akecskes'])).code).toBe(2);
  });

  it('runs as a real command, in the site it is started in', () => {
    const out = tempDir();
    const result = sdeContent(
      'new',
      ['Real command', '--author', 'unknown', '--tags', 'hiring', '--out', out],
      tempSite(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('preview: http://localhost:3000/blog/real-command');
    expect(readdirSync(out)).toEqual(['real-command.md']);
  });

  it('does not record the URL of a post dated after now, and says when it comes out', async () => {
    const site = tempSite();
    const result = await newPost('A story for later', ['--site', site, '--date', '2027-03-09'], site);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('recorded');
    expect(result.stdout).toContain('scheduled for 2027-03-09: the site publishes it on that day');
    expect(parseLock(readFileSync(join(site, LOCK_FILE), 'utf8'))).not.toContain('/blog/a-story-for-later');
  });

  it("records the new post's URL in blog/permalinks.lock, so check:permalinks protects it", async () => {
    const site = tempSite();
    const dry = await newPost('A story for the lock', ['--site', site, '--dry-run'], site);
    expect(dry.code).toBe(0);
    expect(parseLock(readFileSync(join(site, LOCK_FILE), 'utf8'))).not.toContain('/blog/a-story-for-the-lock');
    const result = await newPost('A story for the lock', ['--site', site], site);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`recorded /blog/a-story-for-the-lock in ${LOCK_FILE}`);
    expect(parseLock(readFileSync(join(site, LOCK_FILE), 'utf8'))).toContain('/blog/a-story-for-the-lock');
    const said: string[] = [];
    const log = (line: string) => said.push(line);
    // On the same day: the post is dated today, and a post dated after now would not answer yet.
    expect(await runCommand(permalinks, [], { ...processIo(), cwd: site, out: log, err: log, now: () => NOW })).toBe(0);
    expect(said.join('\n')).not.toContain('not yet locked');
  });

  it('refuses a slug another post already uses, as npm run check would', async () => {
    const site = tempSite();
    const out = join(site, 'blog', '2027');
    const result = await newPost('Biggest achievement', ['--out', out, '--site', site], site);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^blog\/2027\/biggest-achievement\.md:\d+:\d+ {2}error {2}slug "biggest-achievement" is also used by blog\/biggest-achievement\.md/m,
    );
    expect(existsSync(out)).toBe(false);
  });
});
