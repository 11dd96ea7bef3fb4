import { DateTime } from 'luxon';
import type { Stage } from '../stages.js';
import { nextWorkingTime, workdayBefore } from './working-hours.js';

/** Nudges the planner keeps in step with a pair's facts. */
export const PLANNED_NUDGES = [
  'prepare_stalled',
  'meeting_overdue',
  'action_due',
  'action_overdue',
  'expectations_checkin',
  'end_approaching',
  'end_reminder',
  'no_response',
  'last_meeting_week',
  'last_meeting_day',
] as const;
export type PlannedNudge = (typeof PLANNED_NUDGES)[number];

export const DAY_MS = 86_400_000;
/**
 * A pair is reminded to meet once one and a half of its agreed intervals (every two weeks without an
 * agreement) have passed since its last log, or since it opened: late enough not to nag a pair that
 * met a day or two late, early enough that a missed meeting is still fresh.
 */
export const OVERDUE_AFTER_CADENCES = 1.5;
export const PREPARE_GRACE_DAYS = 7;
export const CHECKIN_EVERY_DAYS = 42;
export const END_APPROACHING_DAYS = 21;
export const END_REMINDER_DAYS = 7;
export const NUDGES_BEFORE_ASKING = 3;
export const LAST_MEETING_WEEK_DAYS = 7;

export interface PairFacts {
  pairId: number;
  stage: Stage;
  paused: boolean;
  openedAt: Date;
  lastActivityAt: Date;
  lastLogAt: Date | null;
  /** Agreed meeting rhythm; two weeks until agreed otherwise. */
  cadenceDays: number;
  /** The mentee's goal or plan is not written down yet. */
  goalMissing: boolean;
  agreementAt: Date | null;
  /** yyyy-mm-dd */
  plannedEndOn: string | null;
  openItems: ReadonlyArray<{ id: number; dueOn: string | null }>;
  /** Nudges delivered since the last thing a member did. */
  nudgesSinceActivity: number;
  zones: { mentee: string; mentor: string };
  /** The last meeting the pair set while wrapping up, and when it was set. */
  lastMeeting?: { at: Date; setAt: Date } | null;
}

export interface NudgeOccurrence {
  kind: PlannedNudge;
  /** One key per occurrence: planning again finds the same key, so it is never sent twice. */
  dedupeKey: string;
  runAt: Date;
  payload: Record<string, string | number>;
}

/**
 * Every nudge a pair should receive from now on, given what is true about it now. Pure: the caller
 * stores the result; a nudge whose reason has gone (a log arrived, the pair paused) is simply absent.
 */
export function planNudges(facts: PairFacts, now: Date): NudgeOccurrence[] {
  if (facts.paused || facts.stage === 'closed') return [];
  const zones = [facts.zones.mentee, facts.zones.mentor];
  const at = (due: Date) => nextWorkingTime(due.getTime() > now.getTime() ? due : now, zones);
  const key = (...parts: Array<string | number>) => parts.join(':');
  const plan: NudgeOccurrence[] = [];
  const add = (kind: PlannedNudge, due: Date, keyParts: Array<string | number>, payload: Record<string, string | number> = {}) =>
    plan.push({ kind, dedupeKey: key(kind, facts.pairId, ...keyParts), runAt: at(due), payload });

  // Three nudges met with silence: stop nudging and ask openly what the pair wants (never close silently).
  if (facts.nudgesSinceActivity >= NUDGES_BEFORE_ASKING) {
    add('no_response', now, [facts.lastActivityAt.toISOString()]);
    return plan;
  }

  if (facts.stage === 'prepare' && facts.goalMissing) {
    add('prepare_stalled', addDays(facts.openedAt, PREPARE_GRACE_DAYS), []);
  }

  if (facts.stage === 'engage' || facts.stage === 'nurture') {
    const since = facts.lastLogAt ?? facts.openedAt;
    add('meeting_overdue', addDays(since, facts.cadenceDays * OVERDUE_AFTER_CADENCES), [since.toISOString()], { days: facts.cadenceDays });
  }

  for (const item of facts.openItems) {
    if (!item.dueOn) continue;
    const dueDay = DateTime.fromISO(item.dueOn, { zone: facts.zones.mentee });
    if (!dueDay.isValid) continue;
    // Sent on the working day before (Friday for a Monday); planned late, it still goes out on the day,
    // but never once the day is over: that is the overdue reminder's job.
    if (at(workdayBefore(dueDay).toJSDate()).getTime() <= dueDay.endOf('day').toMillis()) {
      add('action_due', workdayBefore(dueDay).toJSDate(), [item.id, item.dueOn], { item: item.id, due: item.dueOn });
    }
    add('action_overdue', dueDay.plus({ days: 1 }).set({ hour: 9 }).toJSDate(), [item.id, item.dueOn], {
      item: item.id,
      due: item.dueOn,
    });
  }

  if (facts.agreementAt) {
    const every = CHECKIN_EVERY_DAYS * DAY_MS;
    const passed = Math.floor((now.getTime() - facts.agreementAt.getTime()) / every);
    // The occurrence now due (if not sent yet) and the next one.
    for (const n of [passed, passed + 1]) {
      if (n >= 1) {
        const due = new Date(facts.agreementAt.getTime() + n * every);
        add('expectations_checkin', due, [facts.agreementAt.toISOString(), n], { number: n });
      }
    }
  }

  if (facts.plannedEndOn) {
    const end = DateTime.fromISO(facts.plannedEndOn, { zone: facts.zones.mentee }).set({ hour: 9 });
    if (end.isValid && end.toMillis() > now.getTime()) {
      const approaching = end.minus({ days: END_APPROACHING_DAYS }).toJSDate();
      const reminder = end.minus({ days: END_REMINDER_DAYS }).toJSDate();
      // Planned inside the last week, the three-week notice would arrive with the reminder: skip it.
      if (at(approaching).getTime() < at(reminder).getTime()) {
        add('end_approaching', approaching, [facts.plannedEndOn], { end: facts.plannedEndOn });
      }
      add('end_reminder', reminder, [facts.plannedEndOn], { end: facts.plannedEndOn });
    }
  }

  if (facts.stage === 'evaluate' && facts.lastMeeting) {
    for (const reminder of lastMeetingReminders(facts.lastMeeting, facts.zones.mentee, at)) {
      add(reminder.kind, reminder.due, [facts.lastMeeting.at.toISOString()], { at: facts.lastMeeting.at.toISOString() });
    }
  }
  return plan;
}

/**
 * The two reminders of the last meeting: a week before (seven calendar days on the mentee's
 * calendar, so the local hour holds across a daylight-saving change) and on the working day before.
 * Each is kept only if it falls after the moment the meeting was set (a meeting set four days ahead
 * gets no "one week to go") and goes out, at a working hour, before the meeting itself. Stable over
 * time, so the check at send time finds the same reminders.
 */
export function lastMeetingReminders(
  meeting: { at: Date; setAt: Date },
  zone: string,
  at: (due: Date) => Date,
): Array<{ kind: 'last_meeting_week' | 'last_meeting_day'; due: Date }> {
  const local = DateTime.fromJSDate(meeting.at, { zone });
  if (!local.isValid) return [];
  const candidates = [
    { kind: 'last_meeting_week' as const, due: local.minus({ days: LAST_MEETING_WEEK_DAYS }).toJSDate() },
    { kind: 'last_meeting_day' as const, due: workdayBefore(local).toJSDate() },
  ];
  return candidates.filter(
    (c) => c.due.getTime() >= meeting.setAt.getTime() && at(c.due).getTime() < meeting.at.getTime(),
  );
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
