import { DateTime } from 'luxon';

/**
 * How long a pair has gone quiet, as programme admins see it on the App Home: whole days since
 * the last meeting log (or since the pair opened, before any log), and whether that is long
 * enough to need someone's attention.
 */

/** Whole 24-hour days from `since` to `now`; 0 when `since` is in the future (clock skew). */
export function wholeDaysSince(since: Date, now: Date): number {
  const days = DateTime.fromJSDate(now, { zone: 'utc' }).diff(DateTime.fromJSDate(since, { zone: 'utc' }), 'days').days;
  return Math.max(0, Math.floor(days));
}

/**
 * A pair needs attention when no meeting has been logged for more than twice its meeting rhythm.
 * Counted in the whole days shown to the admin, so what is flagged always matches what is read:
 * with a two-week rhythm, 28 days is not flagged and 29 days is.
 */
export function needsAttention(daysQuiet: number, cadenceDays: number): boolean {
  return daysQuiet > 2 * cadenceDays;
}

export interface QuietPair {
  openedAt: Date;
  lastLogAt: Date | null;
  cadenceDays: number;
}

/** Days since the last log (or the opening) and the attention flag, for one pair at `now`. */
export function quietness(pair: QuietPair, now: Date): { days: number; needsAttention: boolean } {
  const days = wholeDaysSince(pair.lastLogAt ?? pair.openedAt, now);
  return { days, needsAttention: needsAttention(days, pair.cadenceDays) };
}
