import { DateTime } from 'luxon';

/** A pair that continues starts a new cycle of three months unless it picks another end. */
export const NEW_CYCLE_MONTHS = 3;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The end the "continue" form proposes: three calendar months after the member's today. */
export function defaultCycleEnd(today: string): string {
  return DateTime.fromISO(today, { zone: 'utc' }).plus({ months: NEW_CYCLE_MONTHS }).toISODate() ?? today;
}

/** The new cycle's end must be a real day after the member's today. */
export function checkCycleEnd(day: string | null | undefined, today: string): 'endInvalid' | 'endInPast' | undefined {
  const value = (day ?? '').trim();
  if (!ISO_DAY.test(value) || !DateTime.fromISO(value, { zone: 'utc' }).isValid) return 'endInvalid';
  if (value <= today) return 'endInPast';
  return undefined;
}
