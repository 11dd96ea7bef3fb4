import { DateTime } from 'luxon';
import { type ActionOwner, parseActionItem } from '../nurture/action-item.js';

/** The longest "How we'll know it's reached". */
export const MAX_CRITERION_LENGTH = 500;

/** A plan step as written: its text, who carries it and when it is due (both optional). */
export interface PlanStepDraft {
  text: string;
  owner: ActionOwner | null;
  /** yyyy-mm-dd */
  dueOn: string | null;
}

/** A step of the mentee's plan as stored: its place, who carries it, when it is due, and its tick. */
export interface GoalStep {
  id: number;
  pairId: number;
  position: number;
  text: string;
  owner: ActionOwner | null;
  /** yyyy-mm-dd. */
  dueOn: string | null;
  doneBy: string | null;
  doneAt: Date | null;
}

/**
 * One line of the plan, read with the action items' grammar: `mentee: rewrite the CV by friday`
 * (or `mentorée : … by 2027-01-15`). Throws CoachError('date_invalid') on a date that is not one.
 */
export function parsePlanStep(line: string, today: string | undefined): PlanStepDraft {
  const parsed = parseActionItem(line, today === undefined ? {} : { today });
  return { text: parsed.text, owner: parsed.ownerRole ?? null, dueOn: parsed.dueOn };
}

const OWNER_WORD: Record<ActionOwner, string> = { mentor: 'mentor', mentee: 'mentee', both: 'both' };

/** The step as it goes back into the form, so that editing the plan keeps its owner and date. */
export function planStepLine(step: PlanStepDraft): string {
  const owner = step.owner === null ? '' : `${OWNER_WORD[step.owner]}: `;
  const due = step.dueOn === null ? '' : ` by ${step.dueOn}`;
  return `${owner}${step.text}${due}`;
}

/** The target day: a real yyyy-mm-dd, not before the author's today. */
export function checkTargetDay(value: string | null | undefined, today: string | undefined): 'ok' | 'invalid' | 'past' {
  const day = value?.trim() ?? '';
  if (day === '') return 'ok';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !DateTime.fromISO(day, { zone: 'utc' }).isValid) return 'invalid';
  return today !== undefined && day < today ? 'past' : 'ok';
}
