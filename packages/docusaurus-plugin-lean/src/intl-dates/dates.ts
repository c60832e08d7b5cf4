/**
 * Dates as the theme prints them, without Intl where the format is one this English site uses.
 *
 * Why: the first Intl.DateTimeFormat a page creates costs 30–80 ms of main thread in Chromium on
 * this machine (it loads ICU data), and the theme creates one on every story, list and docs page
 * while the page hydrates, only to print dates the build has already rendered.
 */

export type DateFormatOptions = Intl.DateTimeFormatOptions;

export interface DateFormat {
  format: (date: Date | number) => string;
}

const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The short month names of `en`: May has no dot, like every other. */
const MONTHS_SHORT = MONTHS_LONG.map((month) => month.slice(0, 3));

/** Locales whose month-day-year order and month names the hand-written format matches. */
const WRITTEN_OUT_LOCALES = new Set(['en', 'en-US']);

/** True for the only formats written out here: `en`, UTC, Gregorian, day + long or short month + year. */
export function isWrittenOut(locale: string, options: DateFormatOptions): boolean {
  const { calendar, timeZone, day, month, year, ...rest } = options;
  return (
    WRITTEN_OUT_LOCALES.has(locale) &&
    (calendar === undefined || calendar === 'gregory') &&
    timeZone === 'UTC' &&
    day === 'numeric' &&
    year === 'numeric' &&
    (month === 'long' || month === 'short') &&
    Object.values(rest).every((value) => value === undefined)
  );
}

/** A formatter with Intl.DateTimeFormat's `format`; Intl itself for any format not written out here. */
export function dateFormat(locale: string, options: DateFormatOptions): DateFormat {
  if (!isWrittenOut(locale, options)) return new Intl.DateTimeFormat(locale, options);
  const months = options.month === 'long' ? MONTHS_LONG : MONTHS_SHORT;
  return {
    format(date) {
      const at = new Date(date);
      if (Number.isNaN(at.getTime())) throw new RangeError('Invalid time value');
      return `${months[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
    },
  };
}
