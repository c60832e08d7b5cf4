/**
 * While an author previews the site with `npm start`, the content checks' findings for the page
 * show on the page, and go when the file is fixed; a story dated after now shows with a
 * "Scheduled" banner. Drives `docusaurus start` in a copy of this
 * checkout; and the production build under test (build/, or E2E_BUILD_DIR) holds nothing of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadSite, postFile, postRoute, readAuthors, readTags } from '@sde/content-engine';
import { filesUnder } from '../../scripts/postbuild/files';
import { test, expect, BUILD_DIR } from './fixtures';
import { copyOfSite, saveLikeAnEditor, storyText } from './site-copy';

/** Strings only the notice has: its attribute, and words of its title. */
const NOTICE_MARKERS = ['data-content-checks-notice', 'this page is fine'];

test('the production build holds nothing of the dev notice', () => {
  const build = BUILD_DIR;
  const files = ['.html', '.js', '.css'].flatMap((ending) => filesUnder(build, ending));
  expect(files.length).toBeGreaterThan(10);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return NOTICE_MARKERS.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
  });
  expect(found).toEqual([]);
});

test.describe('npm start', () => {
  // One dev server for the test below: it compiles the whole site first.
  test.describe.configure({ timeout: 300_000 });
  let site = '';
  let server: ChildProcess | undefined;
  let origin = '';

  test.beforeAll(async () => {
    // The dev server compiles the whole site before it answers.
    test.setTimeout(300_000);
    site = copyOfSite();
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    server = spawn(
      join(site, 'node_modules', '.bin', 'docusaurus'),
      ['start', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
      { cwd: site, detached: true, env: { ...process.env, BROWSER: 'none' } },
    );
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    origin = `http://127.0.0.1:${port}`;
    // The dev server holds requests until its first compilation is done.
    const answers = () =>
      fetch(origin).then(
        (response) => response.ok,
        () => false,
      );
    await expect.poll(async () => server!.exitCode !== null || (await answers()), { timeout: 240_000 }).toBe(true);
    expect(server.exitCode, output).toBeNull();
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid);
    if (site) rmSync(site, { recursive: true, force: true });
  });

  test('a post saved with an unknown tag shows its finding on the page until the tag is fixed', async ({ page }) => {
    const copy = loadSite(site);
    const [tag] = Object.keys(readTags(copy));
    const [author] = Object.keys(readAuthors(copy));
    const typo = tag!.slice(0, -1);
    const slug = 'what-the-dev-notice-shows';
    const file = postFile(copy, slug);
    // Saved whole, as editors save: written beside the post, then renamed over it, so the dev
    // server's watchers never read half a file (a check of an empty post would find it invalid).
    const save = (tags: string) => {
      saveLikeAnEditor(
        join(site, file),
        storyText([
          'title: What the dev notice shows',
          'description: A story saved while the dev server runs, to see its findings on the page.',
          `slug: ${slug}`,
          'date: 2026-11-27',
          `authors: [${author}]`,
          `tags: [${tags}]`,
        ]),
      );
    };

    save(tag!);
    const heading = page.getByRole('heading', { level: 1, name: 'What the dev notice shows' });
    await expect(async () => {
      await page.goto(`${origin}${postRoute(copy, slug)}`);
      await expect(heading).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    const notice = page.locator('[data-content-checks-notice]');
    await expect(notice).toHaveCount(0);

    save(typo);
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toContainText('1 finding on this page');
    await expect(notice).toContainText(`${file}:7:`);
    await expect(notice).toContainText(`unknown tag "${typo}"`);
    await expect(notice).toContainText(`did you mean "${tag}"?`);
    await page.screenshot({ path: 'test-results/screenshots/dev-notice.png' });

    save(tag!);
    await expect(notice).toHaveCount(0, { timeout: 60_000 });
    await page.reload();
    await expect(heading).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('a story dated after now shows, with a "Scheduled" banner naming its day', async ({ page }) => {
    const copy = loadSite(site);
    const slug = 'a-story-for-later';
    const file = postFile(copy, slug);
    saveLikeAnEditor(
      join(site, file),
      storyText([
        'title: A story for later',
        'description: A story dated after today, previewed with npm start before the site publishes it.',
        `slug: ${slug}`,
        'date: 2099-06-03',
        `authors: [${Object.keys(readAuthors(copy))[0]}]`,
        `tags: [${Object.keys(readTags(copy))[0]}]`,
      ]),
    );
    const heading = page.getByRole('heading', { level: 1, name: 'A story for later' });
    await expect(async () => {
      await page.goto(`${origin}${postRoute(copy, slug)}`);
      await expect(heading).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    const banner = page.locator('.theme-scheduled-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Scheduled');
    await expect(banner).toContainText('This story is scheduled for 2099-06-03');
    // A scheduled story is news, not a problem: no findings notice.
    await expect(page.locator('[data-content-checks-notice]')).toHaveCount(0);
  });
});
