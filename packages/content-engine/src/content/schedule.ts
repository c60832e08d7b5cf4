/**
 * "Now", and what it decides: a story dated after now is scheduled, not published. Everything that
 * asks what is published today (the build, the checks, the permalink lock, the tests) reads now
 * here, from one place: the environment variable SITE_NOW when it is set (an ISO date such as
 * 2026-05-04 or 2026-05-04T09:00Z), the clock otherwise. A build is the same for the same now.
 */

/** The environment variable that sets now, for tests and for rebuilding a past day. */
export const NOW_VARIABLE = 'SITE_NOW';

/** An ISO date, optionally with a time and a zone: `2026-05-04`, `2026-05-04T09:00`, `…T09:00+02:00`. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export class NowError extends Error {}

/**
 * The instant an ISO date names. A date alone is the start of that day in UTC, and a time without
 * a zone is UTC, as the blog plugin reads a post's date; so a story dated 2026-05-04 is out from
 * 2026-05-04T00:00Z wherever the build runs. Undefined when `value` is not such a date.
 */
export function instantOf(value: string): Date | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  const zoned = zone === undefined ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zoned}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date() rolls 2026-02-30 over into March: refuse days that do not exist.
  if (zone === undefined && date.getUTCDate() !== Number(day)) return undefined;
  return date;
}

/**
 * Now: SITE_NOW from `env` when it is set, else the clock. A SITE_NOW that is not an ISO date is
 * an error (a test or a rebuild that meant a day must not silently get today).
 */
export function siteNow(
  env: Record<string, string | undefined> = process.env,
  clock: () => Date = () => new Date(),
): Date {
  const value = env[NOW_VARIABLE];
  if (value === undefined || value.trim() === '') return clock();
  const instant = instantOf(value);
  if (!instant) {
    throw new NowError(
      `${NOW_VARIABLE}=${JSON.stringify(value)} is not an ISO date: write it as 2026-05-04 or 2026-05-04T09:00Z`,
    );
  }
  return instant;
}

/** The part of a post that decides when it is published. */
export interface Dated {
  date: string;
  draft?: boolean;
}

/** When the post comes out: the instant its `date` names (undefined for a date that is not one). */
export const publicationOf = (post: Pick<Dated, 'date'>): Date | undefined => instantOf(post.date);

/** Whether the post's date is still ahead of `now`: it is scheduled, and the site does not publish it yet. */
export function isScheduled(post: Pick<Dated, 'date'>, now: Date = siteNow()): boolean {
  const at = publicationOf(post);
  return at !== undefined && at.getTime() > now.getTime();
}

/** Whether readers can open the post today: not a draft, and its date has come. */
export const isPublished = (post: Dated, now: Date = siteNow()): boolean => !post.draft && !isScheduled(post, now);

/** `2026-05-04`, the day of an instant in UTC, as checks and banners name it. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
