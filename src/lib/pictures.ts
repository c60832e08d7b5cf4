/**
 * The site's side of the picture pipeline (the plans and the Markdown transform are the content
 * engine's): how wide pictures are drawn, which pictures the site has, and each story's cover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdownFiles, parsePost, type LoadedPost, type Site } from '@sde/content-engine';
import {
  findImages,
  parseMarkdown,
  pictureData,
  planLocalImage,
  type PictureData,
  type PicturePlan,
} from '@sde/content-engine/markdown';
import { sitePosts } from './site-posts';

export { BODY_SIZES, THUMBNAIL_SIZES } from './picture-sizes';

/** The base URL pictures are published under (the configuration's, from the same environment). */
export const pictureBaseUrl = (): string => process.env.BASE_URL ?? '/';

const MAY_HOLD_IMAGES = /!\[|<img/i;

/** Every picture of a Markdown file's body, in reading order. */
function plansInBody(body: string, file: string, site: Site): PicturePlan[] {
  if (!MAY_HOLD_IMAGES.test(body)) return [];
  return findImages(parseMarkdown(body)).flatMap(({ url }) => planLocalImage(url, file, site.dir, site.static) ?? []);
}

/** The plan of a post's cover, or undefined when it has none (or none the pipeline can publish). */
export function coverPlan(site: Site, post: Pick<LoadedPost, 'path' | 'frontMatter'>): PicturePlan | undefined {
  const cover = post.frontMatter.cover;
  if (!cover) return undefined;
  const plan = planLocalImage(cover.image, join(site.dir, post.path), site.dir, site.static);
  return plan?.passThrough ? undefined : plan;
}

/** Every picture the site publishes: the posts' covers and pictures, and the docs' pictures. */
export function sitePicturePlans(site: Site): PicturePlan[] {
  const plans: PicturePlan[] = [];
  for (const post of sitePosts(site)) {
    const cover = coverPlan(site, post);
    if (cover) plans.push(cover);
    plans.push(...plansInBody(post.content, join(site.dir, post.path), site));
  }
  for (const path of listMarkdownFiles(site.dir, site.docs.path)) {
    const file = join(site.dir, path);
    const text = readFileSync(file, 'utf8');
    if (!MAY_HOLD_IMAGES.test(text)) continue;
    plans.push(...plansInBody(parsePost(path, text).content, file, site));
  }
  return plans;
}

/** A story's cover as its pages show it: the picture and what it shows. */
export interface CoverPicture extends PictureData {
  alt: string;
}

/** The cover of a post (its path relative to the site) as page data, or undefined when it has none. */
export function coverPicture(site: Site, post: Pick<LoadedPost, 'path' | 'frontMatter'>): CoverPicture | undefined {
  const plan = coverPlan(site, post);
  if (!plan) return undefined;
  return { ...pictureData(plan, pictureBaseUrl()), alt: post.frontMatter.cover!.alt };
}
