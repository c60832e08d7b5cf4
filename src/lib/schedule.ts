/**
 * Scheduled and updated stories in the blog plugin's terms. Now is the content engine's
 * (`siteNow`: SITE_NOW, else the clock), so the build, the checks and the tests agree on it.
 */
import { instantOf, isoDay, siteNow } from '@sde/content-engine';

interface Dated {
  metadata: { date: Date | string };
}

/** The production build publishes a story on its day; the dev server shows it before, with a banner. */
const isProductionBuild = (): boolean => process.env.NODE_ENV === 'production';

/** Whether the post's date is still ahead of now. */
export const isScheduledPost = (date: Date | string, now: Date = siteNow()): boolean =>
  new Date(date).getTime() > now.getTime();

/**
 * The posts readers may see today. In a production build a post dated after now is left out
 * altogether: no page, no list entry, no feed item, no sitemap entry, no search entry, no
 * llms.txt line, no card (all of those start from these posts or from the built pages). The dev
 * server keeps it and marks it (`scheduleOf`).
 */
export function publishedToday<T extends Dated>(posts: readonly T[], now: Date = siteNow()): T[] {
  if (!isProductionBuild()) return [...posts];
  return posts.filter((post) => !isScheduledPost(post.metadata.date, now));
}

/** `{ scheduledFor: '2026-05-04' }` for a post dated after now, which the dev server shows with a banner. */
export const scheduleOf = (date: Date | string, now: Date = siteNow()): { scheduledFor?: string } =>
  isScheduledPost(date, now) ? { scheduledFor: isoDay(new Date(date)) } : {};

/**
 * The frontmatter's `updated` as the blog plugin's `lastUpdatedAt` (milliseconds), which becomes
 * the JSON-LD's dateModified and the sitemap's lastmod. Null without one: the sitemap then asks
 * nothing of Git (a story's update date is what its author wrote, never a commit's).
 */
export function lastUpdatedAt(frontMatter: Record<string, unknown>): number | null {
  const { updated } = frontMatter;
  if (updated instanceof Date) return updated.getTime();
  if (typeof updated !== 'string') return null;
  return instantOf(updated)?.getTime() ?? null;
}
