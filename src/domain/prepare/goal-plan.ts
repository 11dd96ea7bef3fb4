import { withinLength } from '../input-size.js';

/** The mentee's one goal and a short plan of concrete steps, as written in the goal form. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 8;
export const MAX_GOAL_LENGTH = 300;
export const MAX_STEP_LENGTH = 200;
/** Slack's own cap on a text input: a longer plan is refused before it is split into steps. */
export const MAX_PLAN_LENGTH = 3000;

export interface GoalPlanDraft {
  goal: string;
  /** In order; position n is steps[n - 1]. */
  steps: string[];
}

export interface GoalPlanInput {
  goal: string | null | undefined;
  /** One step per line, as typed in the form. */
  plan: string | null | undefined;
}

export type GoalPlanField = 'goal' | 'plan';
export type GoalPlanFieldError = 'goalRequired' | 'goalTooLong' | 'tooFewSteps' | 'tooManySteps' | 'stepTooLong' | 'planTooLong';

export type GoalPlanResult =
  | { ok: true; draft: GoalPlanDraft }
  | { ok: false; errors: Partial<Record<GoalPlanField, GoalPlanFieldError>>; longStep?: number };

// People paste lists: "- step", "* step", "• step", "1. step", "2) step", "- [ ] step", "[x] step".
const LIST_MARKER = /^\s*(?:[-*•‣–]\s*)?(?:\[[ x]?\]\s*)?(?:\d{1,2}\s*[.)]\s+)?/i;

/** The plan's steps: one per non-empty line, list markers removed. */
export function planSteps(plan: string): string[] {
  return plan
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_MARKER, '').trim())
    .filter((line) => line !== '');
}

const length = (text: string) => [...text].length;

/** Checks the form field by field, so each mistake is shown beside its own field. */
export function validateGoalPlan(input: GoalPlanInput): GoalPlanResult {
  const goal = (input.goal ?? '').replace(/\s+/g, ' ').trim();
  const plan = input.plan ?? '';
  // Only a plan that fits is split into steps.
  const steps = withinLength(plan, MAX_PLAN_LENGTH) ? planSteps(plan) : undefined;
  const errors: Partial<Record<GoalPlanField, GoalPlanFieldError>> = {};
  if (goal === '') errors.goal = 'goalRequired';
  else if (length(goal) > MAX_GOAL_LENGTH) errors.goal = 'goalTooLong';

  const longIndex = steps === undefined ? -1 : steps.findIndex((step) => length(step) > MAX_STEP_LENGTH);
  if (steps === undefined) errors.plan = 'planTooLong';
  else if (steps.length < MIN_STEPS) errors.plan = 'tooFewSteps';
  else if (steps.length > MAX_STEPS) errors.plan = 'tooManySteps';
  else if (longIndex >= 0) errors.plan = 'stepTooLong';

  if (Object.keys(errors).length > 0) {
    return errors.plan === 'stepTooLong' ? { ok: false, errors, longStep: longIndex + 1 } : { ok: false, errors };
  }
  return { ok: true, draft: { goal, steps: steps ?? [] } };
}

/** A step as stored: its tick, if any, says who and when. */
export interface StepTick {
  text: string;
  doneBy: string | null;
  doneAt: Date | null;
}

/**
 * The ticks an edited plan keeps: a step whose text is unchanged (ignoring case and spacing) stays
 * done, wherever it moved; a new or reworded step starts open. Each old tick is used at most once.
 */
export function carryTicks(previous: readonly StepTick[], steps: readonly string[]): StepTick[] {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const done = previous.filter((step) => step.doneAt !== null);
  return steps.map((text) => {
    const index = done.findIndex((step) => key(step.text) === key(text));
    const tick = index >= 0 ? done.splice(index, 1)[0] : undefined;
    return { text, doneBy: tick?.doneBy ?? null, doneAt: tick?.doneAt ?? null };
  });
}

/** The plan as it goes back into the form when editing: one step per line. */
export function planText(steps: readonly string[]): string {
  return steps.join('\n');
}
