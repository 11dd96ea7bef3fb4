import { DateTime } from 'luxon';
import type { Frequency, Weekday } from '../engage/agreement.js';

/** Without an agreed rhythm, a pair is expected to meet every two weeks. */
export const DEFAULT_MEETING_EVERY_DAYS = 14;
/** The hour of a meeting whose day is known but not its time, and none was agreed. */
export const DEFAULT_MEETING_HOUR = 9;

const WEEKDAY_NUMBER: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5 };

export interface NextMeetingFacts {
  /** The mentee's zone: meetings are planned on the mentee's calendar. */
  zone: string;
  openedAt: Date;
  /** The latest meeting log, if any. */
  lastLog: {
    /** When the meeting took place: its day (met_on) if known, else when it was logged. */
    metOn: string | null;
    loggedAt: Date;
  } | null;
  /** The next meeting named by the latest log that named one (instant first, else its day). */
  named: { at: Date | null; on: string | null } | null;
  agreement: {
    frequency: Frequency;
    preferredDay: Weekday | null;
    /** HH:MM */
    preferredTime: string | null;
    /** yyyy-mm-dd */
    startsOn: string;
  } | null;
  /** The last meeting the pair set when wrapping up, if any. */
  lastMeetingAt?: Date | null;
}

/** `last`: the last meeting the pair set when wrapping up. */
export type NextMeetingSource = 'log' | 'agreement' | 'default' | 'last';

export interface NextMeeting {
  at: Date;
  source: NextMeetingSource;
}

/**
 * The pair's next meeting, in UTC, at or after `now`:
 * 1. the instant the latest log named (or the day it named, at the agreement's preferred time,
 *    else 09:00, in the mentee's zone), when it is still ahead;
 * 2. else the agreement's rhythm and preferred day and time, counted from the last meeting (or the
 *    agreement's start), repeated until it is ahead;
 * 3. else every two weeks from the last meeting or the pair's opening.
 * All steps are calendar steps in the mentee's zone, so a meeting stays at its local hour across a
 * daylight-saving change. A named meeting already past counts as the last meeting for step 2 or 3.
 */
export function nextMeeting(facts: NextMeetingFacts, now: Date): NextMeeting {
  const planned = plannedMeeting(facts, now);
  const last = facts.lastMeetingAt;
  if (!last || last.getTime() < now.getTime()) return planned;
  // A meeting the pair set before the last one still comes first, unless it falls on the last meeting's
  // day; the two-week guess of a pair that set nothing gives way to the last meeting.
  const sameDay = (a: Date, b: Date) =>
    DateTime.fromJSDate(a, { zone: facts.zone }).toISODate() === DateTime.fromJSDate(b, { zone: facts.zone }).toISODate();
  if (planned.source !== 'default' && planned.at.getTime() < last.getTime() && !sameDay(planned.at, last)) return planned;
  return { at: last, source: 'last' };
}

function plannedMeeting(facts: NextMeetingFacts, now: Date): NextMeeting {
  const zone = facts.zone;
  const time = parseTime(facts.agreement?.preferredTime ?? null);
  let lastMeeting: DateTime | null = null;

  const named = namedMeeting(facts, time);
  if (named) {
    if (named.toMillis() >= now.getTime()) return { at: named.toJSDate(), source: 'log' };
    lastMeeting = named;
  }
  if (facts.lastLog) {
    const logged = facts.lastLog.metOn
      ? DateTime.fromISO(facts.lastLog.metOn, { zone })
      : DateTime.fromJSDate(facts.lastLog.loggedAt, { zone });
    if (logged.isValid && (lastMeeting === null || logged > lastMeeting)) lastMeeting = logged;
  }

  const agreement = facts.agreement;
  if (agreement) {
    const start = DateTime.fromISO(agreement.startsOn, { zone });
    const step = (from: DateTime, n: number) => {
      const base = from.startOf('day');
      const moved =
        agreement.frequency === 'monthly' ? base.plus({ months: n }) : base.plus({ days: n * (agreement.frequency === 'weekly' ? 7 : 14) });
      return onPreferredDay(moved, agreement.preferredDay).set(time);
    };
    // Without a meeting yet, the first one is at the start of the agreement (on its preferred day).
    const at =
      lastMeeting === null && start.isValid
        ? firstAhead((n) => (n === 0 ? onPreferredDay(start, agreement.preferredDay).set(time) : step(start, n)), now)
        : firstAhead((n) => step(lastMeeting ?? DateTime.fromJSDate(facts.openedAt, { zone }), n + 1), now);
    return { at: at.toJSDate(), source: 'agreement' };
  }

  const from = (lastMeeting ?? DateTime.fromJSDate(facts.openedAt, { zone })).startOf('day');
  const at = firstAhead((n) => from.plus({ days: (n + 1) * DEFAULT_MEETING_EVERY_DAYS }).set(time), now);
  return { at: at.toJSDate(), source: 'default' };
}

function namedMeeting(facts: NextMeetingFacts, time: { hour: number; minute: number }): DateTime | null {
  if (!facts.named) return null;
  if (facts.named.at) return DateTime.fromJSDate(facts.named.at, { zone: facts.zone });
  if (!facts.named.on) return null;
  const day = DateTime.fromISO(facts.named.on, { zone: facts.zone });
  return day.isValid ? day.set(time) : null;
}

/** The first of the occurrences n = 0, 1, 2… that is at or after `now` (bounded: ten years of weeks). */
function firstAhead(occurrence: (n: number) => DateTime, now: Date): DateTime {
  let at = occurrence(0);
  for (let n = 1; at.toMillis() < now.getTime() && n < 520; n += 1) at = occurrence(n);
  return at;
}

/** The preferred weekday on or after `day`; `day` itself when none was agreed. */
function onPreferredDay(day: DateTime, preferred: Weekday | null): DateTime {
  if (preferred === null) return day;
  const ahead = (WEEKDAY_NUMBER[preferred] - day.weekday + 7) % 7;
  return day.plus({ days: ahead });
}

function parseTime(value: string | null): { hour: number; minute: number; second: 0; millisecond: 0 } {
  const match = value === null ? null : /^(\d{2}):(\d{2})$/.exec(value);
  return match
    ? { hour: Number(match[1]), minute: Number(match[2]), second: 0, millisecond: 0 }
    : { hour: DEFAULT_MEETING_HOUR, minute: 0, second: 0, millisecond: 0 };
}
