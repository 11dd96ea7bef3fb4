import { DateTime } from 'luxon';

/**
 * Retention (RETENTION_DAYS): a closed pair is erased `days` whole days of 24 hours after it
 * closed. Instants in UTC, so a daylight-saving change moves nobody's erasure by an hour.
 */
export function erasureDueAt(closedAt: Date, days: number): Date {
  return DateTime.fromJSDate(closedAt, { zone: 'utc' }).plus({ days }).toJSDate();
}

/** The latest closing instant whose retention has run out at `now`: pairs closed at or before it go. */
export function retentionCutoff(now: Date, days: number): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ days }).toJSDate();
}
