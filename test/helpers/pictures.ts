/**
 * The picture fixtures (test/fixtures/pictures: a camera photo, a screenshot, a diagram and a
 * story that uses all three): put into a site's blog beside each other, with the story's authors
 * and tags made the site's own first keys, so the story holds whatever the site's files list.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSite, postFile, readAuthors, readTags } from '@sde/content-engine';
import { ROOT } from './paths';

export const PICTURES_FIXTURE = join(ROOT, 'test/fixtures/pictures');
export const PICTURE_STORY_SLUG = 'pictures-fixture';
/** The story's images, as the story names them. */
export const PICTURE_FILES = { photo: 'photo.jpg', screenshot: 'screenshot.png', diagram: 'diagram.svg' } as const;

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
  for (const name of Object.values(PICTURE_FILES)) copyFileSync(join(PICTURES_FIXTURE, name), join(dirname(file), name));
  return file;
}
