/**
 * Stands in for @docusaurus/theme-common's utils/IntlUtils (see index.ts): the same hooks, but the
 * English dates the theme prints are written out without creating an Intl.DateTimeFormat (dates.ts).
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { dateFormat, type DateFormat, type DateFormatOptions } from './dates';

export function useCalendar(): string {
  const { i18n } = useDocusaurusContext();
  return i18n.localeConfigs[i18n.currentLocale]!.calendar;
}

export function useDateTimeFormat(options: DateFormatOptions = {}): DateFormat {
  const { i18n } = useDocusaurusContext();
  const calendar = useCalendar();
  return dateFormat(i18n.currentLocale, { calendar, ...options });
}
