/**
 * The picture fixtures (test/fixtures/pictures: a camera photo, a screenshot, a diagram, their
 * licences, and a story that uses all three) put into a site's blog beside each other, the story's
 * authors and tags made the site's own first keys, so it holds whatever the site's files list.
 * The browser tests and the bench build sites with it.
 */
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite, postFile, readAuthors, readTags } from '@sde/content-engine';

export const PICTURES_FIXTURE = fileURLToPath(new URL('../../test/fixtures/pictures', import.meta.url));
export const PICTURE_STORY_SLUG = 'pictures-fixture';
/** The story's images, as the story names them. */
export const PICTURE_FILES = { photo: 'photo.jpg', screenshot: 'screenshot.png', diagram: 'diagram.svg' } as const;

/** The bytes of the three originals together: what a page without the pipeline would send. */
export const originalPictureBytes = (): number =>
  Object.values(PICTURE_FILES).reduce((sum, name) => sum + statSync(join(PICTURES_FIXTURE, name)).size, 0);

/** Adds the picture story and its images to the site in `siteDir`; returns the story's file. */
export function addPictureStory(siteDir: string, slug = PICTURE_STORY_SLUG): string {
  const site = loadSite(siteDir);
  const file = join(siteDir, postFile(site, slug));
  const author = Object.keys(readAuthors(site)).find((key) => key !== 'unknown')!;
  const tag = Object.keys(readTags(site))[0]!;
  const story = readFileSync(join(PICTURES_FIXTURE, 'story.md'), 'utf8')
    .replace('authors: [AUTHOR]', `authors: [${author}]`)
    .replace('tags: [TAG]', `tags: [${tag}]`)
    .replace(`slug: ${PICTURE_STORY_SLUG}`, `slug: ${slug}`);
  writeFileSync(file, story);
  for (const name of Object.values(PICTURE_FILES))
    copyFileSync(join(PICTURES_FIXTURE, name), join(dirname(file), name));
  return file;
}
