import { DateTime } from 'luxon';
import type { Stage } from '../stages.js';
import { nextWorkingTime } from '../scheduling/working-hours.js';

/** The jobs this plan keeps in step with a pair's facts (see services/pulse/plan-pulse.ts). */
export const FIT_CHECK_JOB = 'fit_check';
export const PULSE_CHECKIN_JOB = 'pulse_checkin';
export const MENTOR_TIP_JOB = 'mentor_tip';
export const PLANNED_PULSE_JOBS = [FIT_CHECK_JOB, PULSE_CHECKIN_JOB, MENTOR_TIP_JOB] as const;
/** Not planned: queued once per member when a meeting is logged, and once per admin on "not a good fit". */
export const SESSION_RATING_JOB = 'session_rating';
export const FIT_ALERT_JOB = 'fit_alert';

/** Without an agreement, the check-in comes this long after the pair opened. */
export const CHECKIN_WITHOUT_AGREEMENT_WEEKS = 8;

/** The stages whose start brings the mentor a tip of their own. */
export const TIP_STAGES = ['prepare', 'engage', 'nurture', 'evaluate'] as const;
export type TipStage = (typeof TIP_STAGES)[number];

export interface PulseFacts {
  pairId: number;
  stage: Stage;
  mentorId: string;
  menteeId: string;
  openedAt: Date;
  /** When the pair entered its current stage. */
  stageSince: Date;
  /** When the first meeting was logged; null before any. */
  firstLogAt: Date | null;
  /** The mentoring agreement's dates (yyyy-mm-dd), when agreed. */
  agreement: { startsOn: string; endsOn: string } | null;
  zones: { mentor: string; mentee: string };
}

export interface PlannedPulseJob {
  kind: (typeof PLANNED_PULSE_JOBS)[number];
  /** One key per occurrence: the job is sent once, however often the plan is made. */
  dedupeKey: string;
  runAt: Date;
  payload: Record<string, string | number>;
}

const isTipStage = (stage: Stage): stage is TipStage => (TIP_STAGES as readonly string[]).includes(stage);

/** 09:00 on the member's next working day after `at` (a Friday's log asks on Monday). */
export function nextWorkingDay(at: Date, zone: string): Date {
  const nextMorning = DateTime.fromJSDate(at, { zone }).plus({ days: 1 }).startOf('day').set({ hour: 9 });
  return nextWorkingTime(nextMorning.toJSDate(), [zone]);
}

/** The agreement's midpoint, or 8 weeks after opening without one; 10:00 in the member's zone, a working hour. */
export function checkinDue(facts: PulseFacts, zone: string): Date {
  if (facts.agreement) {
    const start = DateTime.fromISO(facts.agreement.startsOn, { zone });
    const end = DateTime.fromISO(facts.agreement.endsOn, { zone });
    if (start.isValid && end.isValid && end > start) {
      const middle = start.plus({ milliseconds: end.diff(start).as('milliseconds') / 2 }).startOf('day').set({ hour: 10 });
      return nextWorkingTime(middle.toJSDate(), [zone]);
    }
  }
  const later = DateTime.fromJSDate(facts.openedAt, { zone }).plus({ weeks: CHECKIN_WITHOUT_AGREEMENT_WEEKS });
  return nextWorkingTime(later.toJSDate(), [zone]);
}

/**
 * Every private question and tip a pair should get from now on. Pure: the caller stores the result;
 * a sent occurrence is never sent again (its dedupe key is taken), and a closed pair gets nothing.
 */
export function planPulse(facts: PulseFacts): PlannedPulseJob[] {
  if (facts.stage === 'closed') return [];
  const members = [
    { userId: facts.mentorId, zone: facts.zones.mentor },
    { userId: facts.menteeId, zone: facts.zones.mentee },
  ];
  const jobs: PlannedPulseJob[] = [];
  const { firstLogAt } = facts;
  if (firstLogAt !== null) {
    for (const member of members) {
      jobs.push({
        kind: FIT_CHECK_JOB,
        dedupeKey: `${FIT_CHECK_JOB}:${facts.pairId}:${member.userId}`,
        runAt: nextWorkingDay(firstLogAt, member.zone),
        payload: { userId: member.userId },
      });
    }
  }
  for (const member of members) {
    jobs.push({
      kind: PULSE_CHECKIN_JOB,
      dedupeKey: `${PULSE_CHECKIN_JOB}:${facts.pairId}:${member.userId}`,
      runAt: checkinDue(facts, member.zone),
      payload: { userId: member.userId },
    });
  }
  if (isTipStage(facts.stage)) {
    jobs.push({
      kind: MENTOR_TIP_JOB,
      dedupeKey: `${MENTOR_TIP_JOB}:${facts.pairId}:${facts.stage}`,
      runAt: nextWorkingTime(facts.stageSince, [facts.zones.mentor]),
      payload: { userId: facts.mentorId, stage: facts.stage },
    });
  }
  return jobs;
}

export function isTipStageName(value: unknown): value is TipStage {
  return typeof value === 'string' && (TIP_STAGES as readonly string[]).includes(value);
}
