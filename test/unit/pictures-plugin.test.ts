import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadSite, postFile } from '@sde/content-engine';
import { cachedDir, preparePictures, pruneCache, type PictureStats } from '../../src/plugins/images';
import { coverPicture, sitePicturePlans } from '../../src/lib/pictures';
import { copySite } from '../helpers/site';

const copy = copySite({ posts: 'seeds' });
afterAll(() => copy.dispose());
const site = loadSite(copy.dir);
const stats = (): PictureStats => ({ pictures: 0, files: 0, encoded: 0, cached: 0 });

/** A post with a cover and a picture in its text, both real JPEGs (400×300 and 760×570). */
async function addPost(): Promise<void> {
  const blog = join(copy.dir, site.blog.path);
  const noise = (width: number, height: number) =>
    sharp({
      create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } },
    })
      .jpeg()
      .toFile(join(blog, `${width}.jpg`));
  await noise(760, 570);
  await noise(400, 300);
  const first = readFileSync(join(copy.dir, postFile(site, 'biggest-achievement')), 'utf8');
  const frontMatter = first.split('\n---\n')[0]!.replace(/^slug: .*$/m, 'slug: with-pictures');
  writeFileSync(
    join(copy.dir, postFile(site, 'with-pictures')),
    `${frontMatter}\ncover:\n  image: ./760.jpg\n  alt: Grey noise, like a television between channels\n---\n\nIntro.\n\n<!-- truncate -->\n\n![Noise](./400.jpg)\n`,
  );
}

describe('the images plugin', () => {
  it('encodes every width and format once, and nothing on a second run', async () => {
    await addPost();
    const plans = sitePicturePlans(site);
    expect(plans.map((plan) => plan.source.width).sort()).toEqual([400, 760]);
    const cold = stats();
    const names = await preparePictures(site, cold);
    // 760 px: 360, 720, 760; 400 px: 360, 400; each in AVIF, WebP and JPEG.
    expect(cold).toMatchObject({ pictures: 2, files: 15, encoded: 15, cached: 0 });
    const files = readdirSync(cachedDir(copy.dir));
    expect(files.sort()).toEqual([...names].sort());
    for (const name of files) {
      const meta = await sharp(join(cachedDir(copy.dir), name)).metadata();
      expect(meta.format, name).toBe({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[name.split('.').pop()!]);
      expect(meta.width, name).toBe(Number(/-(\d+)\.\w+$/.exec(name)![1]));
    }
    const warm = stats();
    await preparePictures(site, warm);
    expect(warm).toMatchObject({ files: 15, encoded: 0, cached: 15 });
  }, 60_000);

  it("gives a story's cover to its pages with alt text, and prunes files no page uses", async () => {
    const post = {
      path: postFile(site, 'with-pictures'),
      frontMatter: { cover: { image: './760.jpg', alt: 'Noise' } },
    };
    const cover = coverPicture(site, post as Parameters<typeof coverPicture>[1])!;
    expect(cover).toMatchObject({ alt: 'Noise', width: 760, height: 570 });
    expect(cover.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    writeFileSync(join(cachedDir(copy.dir), 'stale-360.avif'), 'old');
    const names = await preparePictures(site, stats());
    expect(pruneCache(copy.dir, names)).toBe(1);
    expect(readdirSync(cachedDir(copy.dir))).toHaveLength(15);
  }, 60_000);
});
