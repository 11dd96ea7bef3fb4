import { DateTime } from 'luxon';
import type { Stage } from '../stages.js';
import { workdayBefore } from './working-hours.js';

/** Issue 16's reminders, planned with the others (see nudge-plan.ts). */
export const FIRST_WEEKS_NUDGES = ['agreement_proposal', 'evaluate_horizon', 'step_due', 'step_overdue'] as const;
export type FirstWeeksNudge = (typeof FIRST_WEEKS_NUDGES)[number];

/** Without an end date, "evaluate is coming" this many months after opening (DEFAULT_HORIZON_MONTHS). */
export const DEFAULT_HORIZON_MONTHS = 6;
/** The agreement is proposed once this many meetings are logged without one. */
export const AGREEMENT_BY_MEETING = 2;

export interface FirstWeeksFacts {
  pairId: number;
  stage: Stage;
  openedAt: Date;
  lastLogAt: Date | null;
  agreementAt: Date | null;
  plannedEndOn: string | null;
  /** Meetings logged so far (deleted logs left out). */
  meetingsLogged?: number;
  /** DEFAULT_HORIZON_MONTHS (the planner is always given it; 6 unless configured); unset: no horizon reminder. */
  horizonMonths?: number;
  /** Open plan steps that carry a due date. */
  openSteps?: ReadonlyArray<{ position: number; dueOn: string }>;
  zones: { mentee: string; mentor: string };
}

export type AddNudge = (kind: FirstWeeksNudge, due: Date, keyParts: Array<string | number>, payload?: Record<string, string | number>) => void;

/**
 * No drifting, and a plan with dates: the agreement proposed by the second logged meeting when
 * there is none; "evaluate is coming" at the horizon when no end date was agreed; a plan step's
 * reminders, as an action item's (the working day before, then the day after).
 */
export function planFirstWeeksNudges(facts: FirstWeeksFacts, now: Date, at: (due: Date) => Date, add: AddNudge): void {
  const meeting = facts.stage === 'engage' || facts.stage === 'nurture';
  if (meeting && facts.agreementAt === null && (facts.meetingsLogged ?? 0) >= AGREEMENT_BY_MEETING) {
    add('agreement_proposal', facts.lastLogAt ?? now, []);
  }
  if (facts.stage !== 'evaluate' && facts.plannedEndOn === null && facts.horizonMonths !== undefined) {
    const months = facts.horizonMonths;
    const horizon = DateTime.fromJSDate(facts.openedAt, { zone: facts.zones.mentee }).plus({ months }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
    if (horizon.isValid) add('evaluate_horizon', horizon.toJSDate(), [facts.openedAt.toISOString(), months], { months });
  }
  for (const step of facts.openSteps ?? []) {
    const dueDay = DateTime.fromISO(step.dueOn, { zone: facts.zones.mentee });
    if (!dueDay.isValid) continue;
    const payload = { step: step.position, due: step.dueOn };
    if (at(workdayBefore(dueDay).toJSDate()).getTime() <= dueDay.endOf('day').toMillis()) {
      add('step_due', workdayBefore(dueDay).toJSDate(), [step.position, step.dueOn], payload);
    }
    add('step_overdue', dueDay.plus({ days: 1 }).set({ hour: 9 }).toJSDate(), [step.position, step.dueOn], payload);
  }
}
