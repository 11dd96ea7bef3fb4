import { withinLength } from '../input-size.js';
import { CoachError } from '../errors.js';
import { checkTargetDay, type GoalStep, MAX_CRITERION_LENGTH, parsePlanStep, type PlanStepDraft } from './plan-step.js';

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
  /** Each step's owner and due date, in the same order (issue 16); absent: none. */
  stepDetails?: Array<Pick<PlanStepDraft, 'owner' | 'dueOn'>>;
  /** "How we'll know it's reached"; null: not written. */
  successCriterion?: string | null;
  /** yyyy-mm-dd; null: no target date. */
  targetOn?: string | null;
}

export interface GoalPlanInput {
  goal: string | null | undefined;
  /** One step per line, as typed in the form. */
  plan: string | null | undefined;
  successCriterion?: string | null | undefined;
  targetOn?: string | null | undefined;
  /** The author's calendar day: weekday words in steps count from it, and the target may not be before it. */
  today?: string;
}

export type GoalPlanField = 'goal' | 'plan' | 'successCriterion' | 'targetOn';
export type GoalPlanFieldError =
  | 'goalRequired'
  | 'goalTooLong'
  | 'tooFewSteps'
  | 'tooManySteps'
  | 'stepTooLong'
  | 'planTooLong'
  | 'stepDateInvalid'
  | 'criterionTooLong'
  | 'targetInvalid'
  | 'targetInPast';

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

  const criterion = (input.successCriterion ?? '').trim();
  if (length(criterion) > MAX_CRITERION_LENGTH) errors.successCriterion = 'criterionTooLong';
  const target = checkTargetDay(input.targetOn, input.today);
  if (target === 'invalid') errors.targetOn = 'targetInvalid';
  if (target === 'past') errors.targetOn = 'targetInPast';
  // Owners and due dates are read only from a plan that fits.
  const parsed = errors.plan === undefined ? parseSteps(steps ?? [], input.today) : [];
  if (parsed === undefined) errors.plan = 'stepDateInvalid';

  if (Object.keys(errors).length > 0) {
    return errors.plan === 'stepTooLong' ? { ok: false, errors, longStep: longIndex + 1 } : { ok: false, errors };
  }
  const read = parsed ?? [];
  const targetOn = input.targetOn?.trim() || null;
  // Only what was written: a plain goal and plan read as they always did.
  const details = read.some((step) => step.owner !== null || step.dueOn !== null);
  return {
    ok: true,
    draft: {
      goal,
      steps: read.map((step) => step.text),
      ...(details ? { stepDetails: read.map((step) => ({ owner: step.owner, dueOn: step.dueOn })) } : {}),
      ...(criterion === '' ? {} : { successCriterion: criterion }),
      ...(targetOn === null ? {} : { targetOn }),
    },
  };
}

/** Each step's owner and date; undefined when a date in one of them is not a date. */
function parseSteps(steps: readonly string[], today: string | undefined): PlanStepDraft[] | undefined {
  try {
    return steps.map((step) => {
      const read = parsePlanStep(step, today);
      // "by friday" alone is a step, not a date for nothing.
      return read.text === '' ? { text: step, owner: null, dueOn: null } : read;
    });
  } catch (error) {
    if (error instanceof CoachError) return undefined;
    throw error;
  }
}

/** The goal's finish line: how the pair will know it is reached, and an optional target day. */
export interface GoalFinishLine {
  successCriterion: string | null;
  /** yyyy-mm-dd. */
  targetOn: string | null;
}

/** The mentee's goal as stored, with its finish line and its steps in order. */
export interface StoredGoalPlan extends GoalFinishLine {
  pairId: number;
  goal: string;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
  /** The goal post's ts; null until it is posted. */
  messageTs: string | null;
  steps: GoalStep[];
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
