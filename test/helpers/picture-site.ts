/**
 * `tsx test/helpers/picture-site.ts`: builds a copy of the site with the seed stories and the
 * picture fixture story, and prints {dir, slug, files} as JSON (the copy stays; the caller removes
 * it). For the browser tests, which Playwright loads as CommonMark modules without import.meta.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copySite } from './site';
import { addPictureStory, PICTURES_FIXTURE, PICTURE_FILES, PICTURE_STORY_SLUG } from './pictures';

export interface PictureSite {
  dir: string;
  slug: string;
  /** The fixture files, by role, as absolute paths. */
  files: Record<keyof typeof PICTURE_FILES, string>;
}

const copy = copySite({ app: true, posts: 'seeds' });
addPictureStory(copy.dir);
const build = spawnSync('npm', ['run', 'build'], { cwd: copy.dir, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}\n${build.stderr}`);
  copy.dispose();
  process.exit(1);
}
const files = Object.fromEntries(
  Object.entries(PICTURE_FILES).map(([role, name]) => [role, join(PICTURES_FIXTURE, name)]),
) as PictureSite['files'];
process.stdout.write(`${JSON.stringify({ dir: copy.dir, slug: PICTURE_STORY_SLUG, files } satisfies PictureSite)}\n`);
