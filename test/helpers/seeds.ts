/**
 * The three seed stories (test/fixtures/seeds/, copied from /work/shared/seeds), the options each
 * was imported with, and the post the import gives (test/fixtures/seeds/imported/). Tests about
 * the seeds read these fixtures, never blog/: blog/ changes every week, and a seed's post there may
 * be edited or gone. `copySite({ posts: 'seeds' })` gives a copy of the site whose blog holds them.
 */
import { fixture } from './paths';

export interface Seed {
  /** Under test/fixtures. */
  seed: string;
  options: string[];
  slug: string;
  /** The post the import writes, byte for byte. */
  imported: string;
}

const seed = (name: string, options: string[], slug: string): Seed => ({
  seed: `seeds/${name}`,
  options,
  slug,
  imported: fixture('seeds', 'imported', `${slug}.md`),
});

export const SEEDS: Seed[] = [
  seed('000_1bd89d3d5e839296.txt', ['--date', '2026-11-26', '--featured'], 'biggest-achievement'),
  seed(
    '001_64e572b6518711a2.txt',
    ['--date', '2026-11-26', '--author', 'unknown', '--tags', 'customer-service,career', '--featured'],
    'however-long-it-takes',
  ),
  seed(
    '002_e9ddd02ca68f611f.txt',
    ['--tags', 'customer-service', '--featured'],
    'everyone-in-a-company-should-work-for-a-week-in-customer-support',
  ),
];
