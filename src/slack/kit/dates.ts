import { DateTime } from 'luxon';
import type { Locale } from '../../domain/locale.js';

/** A moment shown in each reader's own zone by Slack; the fallback is for old clients and notifications. */
export function slackDate(at: Date, locale: Locale): string {
  const epoch = Math.floor(at.getTime() / 1000);
  const fallback = DateTime.fromJSDate(at, { zone: 'utc' }).setLocale(locale).toLocaleString(DateTime.DATETIME_MED);
  return `<!date^${epoch}^{date_short_pretty} {time}|${fallback} UTC>`;
}

/** A calendar day (yyyy-mm-dd) is the same day for everyone, so it is written out, not converted. */
export function calendarDay(isoDate: string, locale: Locale): string {
  const day = DateTime.fromISO(isoDate, { zone: 'utc' });
  return day.isValid ? day.setLocale(locale).toLocaleString(DateTime.DATE_HUGE) : isoDate;
}
