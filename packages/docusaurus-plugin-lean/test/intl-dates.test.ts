import { describe, expect, it } from 'vitest';
import { dateFormat, isWrittenOut } from '../src/intl-dates/dates';

const LONG = { calendar: 'gregory', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const SHORT = { ...LONG, month: 'short' } as const;

/** Every day of four years (a leap year among them), and times either side of UTC midnight. */
function sampleDates(): Date[] {
  const dates: Date[] = [];
  for (let day = 0; day < 4 * 366; day++) {
    const midnight = Date.UTC(2023, 0, 1) + day * 86_400_000;
    dates.push(new Date(midnight), new Date(midnight + 86_399_999), new Date(midnight + 13 * 3_600_000));
  }
  dates.push(new Date('1999-12-31T23:59:59Z'), new Date('2013-05-31T00:00:00.000Z'), new Date(0));
  return dates;
}

describe('dates written out without Intl', () => {
  for (const [name, options] of [
    ['long month', LONG],
    ['short month', SHORT],
  ] as const) {
    it(`prints what Intl.DateTimeFormat prints, ${name}, for en and en-US`, () => {
      for (const locale of ['en', 'en-US']) {
        const ours = dateFormat(locale, options);
        const intl = new Intl.DateTimeFormat(locale, options);
        expect(ours).not.toBeInstanceOf(Intl.DateTimeFormat);
        for (const date of sampleDates()) expect(ours.format(date)).toBe(intl.format(date));
        expect(ours.format(Date.UTC(2026, 10, 26))).toBe(intl.format(Date.UTC(2026, 10, 26)));
      }
    });
  }

  it('leaves every other locale, time zone or field to Intl', () => {
    expect(isWrittenOut('en', LONG)).toBe(true);
    expect(isWrittenOut('en', { ...LONG, calendar: undefined })).toBe(true);
    for (const [locale, options] of [
      ['en-GB', LONG],
      ['fr', LONG],
      ['en', { ...LONG, timeZone: undefined }],
      ['en', { ...LONG, timeZone: 'Europe/Berlin' }],
      ['en', { ...LONG, calendar: 'buddhist' }],
      ['en', { ...LONG, month: 'numeric' }],
      ['en', { ...LONG, day: '2-digit' }],
      ['en', { ...LONG, weekday: 'long' }],
      ['en', { ...LONG, hour: 'numeric' }],
    ] as const) {
      expect(isWrittenOut(locale, options), `${locale} ${JSON.stringify(options)}`).toBe(false);
      expect(dateFormat(locale, options)).toBeInstanceOf(Intl.DateTimeFormat);
    }
    expect(dateFormat('en-GB', LONG).format(Date.UTC(2026, 10, 26))).toBe('26 November 2026');
  });

  it('refuses an invalid date as Intl does', () => {
    expect(() => new Intl.DateTimeFormat('en', LONG).format(new Date('nope'))).toThrow(RangeError);
    expect(() => dateFormat('en', LONG).format(new Date('nope'))).toThrow(RangeError);
  });
});
