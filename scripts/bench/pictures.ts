/**
 * Picture benchmark (`npm run bench -- --only pictures`):
 *
 * - the picture fixture story (a 3840 px camera photo as its cover, a 2560 px screenshot and a
 *   diagram; scripts/lib/picture-story.ts) in a small synthetic site: the picture bytes a 390 px
 *   phone at DPR 3 and a 1,280 px desktop at DPR 1 fetch reading it to the end, against the
 *   originals' bytes; Lighthouse mobile on it (LCP, FCP, CLS, the image audits);
 * - the build's cost of pictures at N posts: cold builds of the same corpus without pictures and
 *   with one post in ten having a cover and two pictures, then a warm rebuild of the latter and
 *   how many files it encoded.
 */
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { postRoute, loadSite } from '@sde/content-engine';
import { measureBuild, type BuildSample } from './build';
import { runLighthouseMatrix, IMAGE_AUDITS, type LabelledSample } from './lighthouse';
import { ourSite, type TempSite } from './sites';
import { median, type Row } from './stats';
import { startStaticServer } from '../serve/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { addPictureStory, originalPictureBytes, PICTURE_STORY_SLUG } from '../lib/picture-story';
import { PICTURE_DIR } from '@sde/content-engine/markdown';

export const DEVICES = [
  { name: 'phone 390 px, DPR 3', width: 390, height: 844, scale: 3, goal: 0.15 },
  { name: 'desktop 1,280 px, DPR 1', width: 1280, height: 800, scale: 1, goal: 0.25 },
] as const;

export interface PictureBytes {
  device: string;
  files: string[];
  bytes: number;
  original: number;
  share: number;
  goal: number;
}

/** What each device fetches of the story's pictures, reading it to its end. */
export async function pictureBytes(buildDir: string, path: string): Promise<PictureBytes[]> {
  const server = await startStaticServer(buildDir, 0, {}, { compress: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const original = originalPictureBytes();
  try {
    const rows: PictureBytes[] = [];
    for (const device of DEVICES) {
      const context = await browser.newContext({
        viewport: { width: device.width, height: device.height },
        deviceScaleFactor: device.scale,
        isMobile: device.width < 500,
      });
      const page = await context.newPage();
      const fetched: Promise<{ name: string; bytes: number }>[] = [];
      page.on('response', (response) => {
        const name = new URL(response.url()).pathname;
        if (name.startsWith(`/${PICTURE_DIR}/`)) {
          fetched.push(response.body().then((body) => ({ name: name.split('/').pop()!, bytes: body.length })));
        }
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const images = page.locator('article img');
      for (const img of await images.all()) await img.scrollIntoViewIfNeeded();
      // page.evaluate, not waitForFunction: the site's Content-Security-Policy refuses the latter's eval.
      const complete = () =>
        page.evaluate(() =>
          Array.from(document.querySelectorAll('article img')).every((img) => (img as HTMLImageElement).complete),
        );
      for (let tries = 0; !(await complete()) && tries < 100; tries++) await page.waitForTimeout(100);
      await page.waitForLoadState('networkidle');
      const files = await Promise.all(fetched);
      const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
      rows.push({
        device: device.name,
        files: files.map((file) => file.name),
        bytes,
        original,
        share: bytes / original,
        goal: device.goal,
      });
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The "[images] … N encoded …" count a build printed, or NaN. */
export function encodedCount(lines: readonly string[]): number {
  for (const line of lines) {
    const match = /^\[images\].* (\d+) encoded/.exec(line.trim());
    if (match) return Number(match[1]);
  }
  return Number.NaN;
}

export interface PicturesBench {
  bytes: PictureBytes[];
  lighthouse: LabelledSample[];
  builds: (Omit<BuildSample, 'run' | 'side'> & { pictures: boolean })[];
  tables: { bytes: Row[]; lighthouse: Row[]; build: Row[] };
}

export async function runPicturesBench(options: {
  siteDir: string;
  posts: number;
  runs: number;
  keep?: boolean;
  capBytes: number;
  log: (line: string) => void;
}): Promise<PicturesBench> {
  const { log } = options;
  const guard = { capBytes: options.capBytes, minAvailableBytes: 1024 ** 3 };
  const sites: TempSite[] = [];
  try {
    // The story, in a small site.
    const small = ourSite(options.siteDir, 3);
    sites.push(small);
    addPictureStory(small.dir);
    log('pictures: building the picture story');
    const storyBuild = await measureBuild(small, 'ours', 'cold', guard);
    if (storyBuild.failed || storyBuild.killed)
      throw new Error(storyBuild.failed ?? 'the picture story build was killed');
    const buildDir = join(small.dir, 'build');
    const path = postRoute(loadSite(small.dir), PICTURE_STORY_SLUG);
    const bytes = await pictureBytes(buildDir, path);
    for (const row of bytes)
      log(`pictures: ${row.device}: ${kb(row.bytes)} KB of ${kb(row.original)} KB (${pct(row.share)})`);
    const lighthouse = await runLighthouseMatrix({
      targets: [{ label: 'ours', buildDir, pages: [{ type: 'picture story', path, file: `${path}.html` }] }],
      runs: options.runs,
      presets: ['mobile'],
      log,
    });

    // The build's cost of pictures at N posts.
    const builds: PicturesBench['builds'] = [];
    for (const pictures of [false, true]) {
      const site = ourSite(options.siteDir, options.posts, 42, { pictures });
      sites.push(site);
      log(`pictures: cold build of ${options.posts} posts ${pictures ? 'with' : 'without'} pictures`);
      builds.push({
        ...(await measureBuild(site, 'ours', 'cold', guard)),
        kind: 'cold',
        posts: options.posts,
        pictures,
      });
      if (pictures) {
        log('pictures: warm rebuild with pictures');
        builds.push({
          ...(await measureBuild(site, 'ours', 'warm', guard)),
          kind: 'warm',
          posts: options.posts,
          pictures,
        });
      }
    }

    const [without, withPictures, warm] = builds;
    const audits = (sample: LabelledSample) =>
      IMAGE_AUDITS.filter((id) => sample.imageAudits[id] !== null && sample.imageAudits[id]! < 1);
    const failingImageAudits = [...new Set(lighthouse.flatMap(audits))];
    const tables = {
      bytes: bytes.map((row) => ({
        device: row.device,
        'files fetched': row.files.map((name) => name.replace(/^[0-9a-f]{16}-[0-9a-f]{6}-/, '')).join(', '),
        'picture KB': kb(row.bytes),
        'original KB': kb(row.original),
        share: pct(row.share),
        goal: `≤ ${pct(row.goal)}`,
        met: row.share <= row.goal ? 'yes' : 'no',
      })),
      lighthouse: [
        {
          page: 'picture story (mobile)',
          runs: lighthouse.length,
          performance: median(lighthouse.map((s) => s.scores.performance)),
          'FCP ms': Math.round(median(lighthouse.map((s) => s.fcpMs))),
          'LCP ms': Math.round(median(lighthouse.map((s) => s.lcpMs))),
          'LCP − FCP ms': Math.round(median(lighthouse.map((s) => s.lcpMs - s.fcpMs))),
          CLS: median(lighthouse.map((s) => s.cls)),
          'image audits failing': failingImageAudits.join(', ') || 'none',
          'other audits failing': [...new Set(lighthouse.flatMap((s) => s.failing))].join(', ') || 'none',
        },
      ],
      build: [
        {
          posts: options.posts,
          'without pictures s (CPU s)': `${seconds(without!.ms)} (${seconds(without!.cpuMs)})`,
          'with pictures s (CPU s)': `${seconds(withPictures!.ms)} (${seconds(withPictures!.cpuMs)})`,
          'extra time': pct(withPictures!.ms / without!.ms - 1),
          'extra CPU': pct(withPictures!.cpuMs / without!.cpuMs - 1),
          'first build encoded': encodedCount(withPictures!.cacheLines),
          'warm rebuild s': seconds(warm!.ms),
          'warm rebuild encoded': encodedCount(warm!.cacheLines),
        },
      ],
    };
    return { bytes, lighthouse, builds, tables };
  } finally {
    if (!options.keep) for (const site of sites) site.dispose();
    else for (const site of sites) log(`kept ${site.dir}`);
  }
}
