import { DateTime } from 'luxon';

/** Nudges are sent on working days (Monday to Friday) between 09:00 and 17:00 local time. */
export const WORKDAY_START_HOUR = 9;
export const WORKDAY_END_HOUR = 17;

const STEP_MINUTES = 15;
const SEARCH_DAYS = 14;

export function isWorkingTime(at: Date, zone: string): boolean {
  const local = DateTime.fromJSDate(at, { zone });
  return local.weekday <= 5 && local.hour >= WORKDAY_START_HOUR && local.hour < WORKDAY_END_HOUR;
}

/**
 * The earliest moment at or after `from` that is a working hour for everyone in `zones`; when their
 * working hours never meet (Auckland and London), the earliest one for `zones[0]` alone.
 */
export function nextWorkingTime(from: Date, zones: readonly string[]): Date {
  const [first] = zones;
  if (first === undefined) throw new RangeError('nextWorkingTime needs at least one zone');
  return earliest(from, zones) ?? earliest(from, [first]) ?? from;
}

/** 09:00 local on the last working day before `day` (Friday for a Monday): the "coming up" slot. */
export function workdayBefore(day: DateTime): DateTime {
  let previous = day.startOf('day').minus({ days: 1 });
  while (previous.weekday > 5) previous = previous.minus({ days: 1 });
  return previous.set({ hour: WORKDAY_START_HOUR });
}

function earliest(from: Date, zones: readonly string[]): Date | undefined {
  const fits = (at: Date) => zones.every((zone) => isWorkingTime(at, zone));
  if (fits(from)) return from;
  // Quarter-hour steps line up with every zone offset in use (…:30, …:45) and with DST jumps.
  const stepMs = STEP_MINUTES * 60_000;
  let at = Math.ceil(from.getTime() / stepMs) * stepMs;
  const end = from.getTime() + SEARCH_DAYS * 86_400_000;
  for (; at <= end; at += stepMs) {
    const candidate = new Date(at);
    if (fits(candidate)) return candidate;
  }
  return undefined;
}
