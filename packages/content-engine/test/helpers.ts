/**
 * The package's own test fixtures and throwaway copies of them. A package test reads only what is
 * under this folder: never the Support-Driven Engineering site around it, its blog/ or its test/.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src';
import { readSite } from '../src/import/core';
import type { ImportOptions, SiteData } from '../src/import/types';

export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

/**
 * A small site laid out as Docusaurus's defaults (site.yml; blog/ with tags.yml, authors.yml and
 * permalinks.lock; docs/; static/img/): its posts are the three seed stories as imported.
 */
export const FIXTURE_SITE = fixture('site');

/** The fixture site's registries and pages, for the importer. */
export const fixtureSiteData = (): SiteData => readSite(loadSite(FIXTURE_SITE));

export function tempDir(prefix = 'sde-engine-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the fixture site that a test may change. Removed by `dispose`. */
export function copyFixtureSite(): { dir: string; dispose: () => void } {
  const dir = tempDir('sde-engine-site-');
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Put a fixture file into a copy at `target` (relative to the copy's root). */
export function addFile(dir: string, fixturePath: string, target: string): void {
  copyFileSync(fixturePath, join(dir, target));
}

export interface Seed {
  /** The story as it reached the site, under fixtures/seeds. */
  source: string;
  /** The options it was imported with. */
  options: ImportOptions;
  slug: string;
  /** The post the import gives, byte for byte: the fixture site's post. */
  imported: string;
}

const seed = (name: string, options: ImportOptions, slug: string): Seed => ({
  source: fixture('seeds', name),
  options,
  slug,
  imported: join(FIXTURE_SITE, 'blog', `${slug}.md`),
});

/** The three seed stories and the posts the importer made of them (the fixture site's posts). */
export const SEEDS: Seed[] = [
  seed('000_1bd89d3d5e839296.txt', { date: '2026-11-26', featured: true }, 'biggest-achievement'),
  seed(
    '001_64e572b6518711a2.txt',
    { date: '2026-11-26', author: 'unknown', tags: ['customer-service', 'career'], featured: true },
    'however-long-it-takes',
  ),
  seed(
    '002_e9ddd02ca68f611f.txt',
    { tags: ['customer-service'], featured: true },
    'everyone-in-a-company-should-work-for-a-week-in-customer-support',
  ),
];
