import { DateTime } from 'luxon';
import { DEFAULT_MEETING_HOUR } from '../nurture/next-meeting.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type LastMeetingDayError = 'date_invalid' | 'date_in_past';

/** A day picked for the last meeting: a real yyyy-mm-dd, today or later on the picker's calendar. */
export function checkLastMeetingDay(day: string, today: string): LastMeetingDayError | undefined {
  if (!ISO_DAY.test(day) || !DateTime.fromISO(day, { zone: 'utc' }).isValid) return 'date_invalid';
  if (day < today) return 'date_in_past';
  return undefined;
}

/**
 * The last meeting as an instant, from the day picked. Meetings are counted on the mentee's calendar
 * (as for a log that names only a day): the planned meeting's own time when the day picked is that
 * meeting's day, else the agreement's preferred time, else 09:00, in the mentee's zone.
 */
export function lastMeetingInstant(
  day: string,
  zone: string,
  options: { preferredTime: string | null; planned: Date | null },
): Date {
  if (options.planned) {
    const planned = DateTime.fromJSDate(options.planned, { zone });
    if (planned.isValid && planned.toISODate() === day) return options.planned;
  }
  const match = options.preferredTime === null ? null : /^(\d{2}):(\d{2})$/.exec(options.preferredTime);
  const time = match ? { hour: Number(match[1]), minute: Number(match[2]) } : { hour: DEFAULT_MEETING_HOUR, minute: 0 };
  let at = DateTime.fromISO(day, { zone }).set(time);
  if (!at.isValid) at = DateTime.fromISO(day, { zone: 'utc' }).set(time);
  return at.toJSDate();
}

/** The default of the date picker: the day of the next planned meeting on the mentee's calendar. */
export function plannedDay(planned: Date, zone: string): string {
  const local = DateTime.fromJSDate(planned, { zone });
  return (local.isValid ? local : DateTime.fromJSDate(planned, { zone: 'utc' })).toISODate() ?? '';
}
