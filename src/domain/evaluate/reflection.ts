/** How far a goal, a plan step or the expectations were met, as each member judges it. */
export const ATTAINMENTS = ['met', 'partly', 'not_yet'] as const;
export type Attainment = (typeof ATTAINMENTS)[number];

/** What each member would like to happen after the wrap-up; the decision itself is taken with the buttons. */
export const NEXT_STEPS = ['continue', 'stay_in_touch', 'close'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** How a wrap-up ended: a new cycle, or the pair closed, staying in touch or not. */
export const OUTCOMES = ['continued', 'stay_in_touch', 'closed'] as const;
export type PairOutcome = (typeof OUTCOMES)[number];

export const MAX_LEARNED = 2000;
export const MAX_REFLECTION_COMMENT = 500;
export const MAX_HIGHLIGHT = 1000;
export const MAX_THANKS = 1000;

/** met = 1, partly = 0.5, not yet = 0: the scale of the attainment average. */
export const ATTAINMENT_SCORE: Record<Attainment, number> = { met: 1, partly: 0.5, not_yet: 0 };

/** The form as submitted: every field may be missing or malformed. */
export interface ReflectionInput {
  learned: string | null | undefined;
  goal: string | null | undefined;
  goalComment: string | null | undefined;
  /** The answers for each plan step, by the step's position. */
  steps: Readonly<Partial<Record<number, { attainment: string | null | undefined; comment: string | null | undefined }>>>;
  expectations: string | null | undefined;
  expectationsComment: string | null | undefined;
  highlight: string | null | undefined;
  next: string | null | undefined;
  thanks: string | null | undefined;
}

/** What the reflection is about: whether a goal was written, and the plan's steps. */
export interface ReflectionPlan {
  hasGoal: boolean;
  steps: ReadonlyArray<{ position: number; text: string }>;
}

export interface ReflectionDraft {
  learned: string;
  goal: Attainment | null;
  goalComment: string | null;
  steps: Array<{ position: number; text: string; attainment: Attainment; comment: string | null }>;
  expectations: Attainment;
  expectationsComment: string | null;
  highlight: string;
  next: NextStep;
  thanks: string | null;
}

/** A field of the form: fixed ones, and `step:<position>` / `stepComment:<position>` per plan step. */
export type ReflectionField =
  | 'learned'
  | 'goal'
  | 'goalComment'
  | 'expectations'
  | 'expectationsComment'
  | 'highlight'
  | 'next'
  | 'thanks'
  | `step:${number}`
  | `stepComment:${number}`;
export type ReflectionFieldError = 'required' | 'tooLong' | 'invalidChoice';

export type ReflectionCheck =
  | { ok: true; reflection: ReflectionDraft }
  | { ok: false; errors: Partial<Record<ReflectionField, ReflectionFieldError>> };

const isAttainment = (value: string): value is Attainment => (ATTAINMENTS as readonly string[]).includes(value);
const isNextStep = (value: string): value is NextStep => (NEXT_STEPS as readonly string[]).includes(value);
const length = (text: string) => [...text].length;

/** Checks a reflection field by field, so that each mistake is shown beside its own field. Pure. */
export function validateReflection(input: ReflectionInput, plan: ReflectionPlan): ReflectionCheck {
  const errors: Partial<Record<ReflectionField, ReflectionFieldError>> = {};
  const text = (field: ReflectionField, raw: string | null | undefined, max: number, required: boolean): string | null => {
    const value = (raw ?? '').trim();
    if (value === '') {
      if (required) errors[field] = 'required';
      return null;
    }
    if (length(value) > max) errors[field] = 'tooLong';
    return value;
  };
  const choice = <T extends string>(field: ReflectionField, raw: string | null | undefined, valid: (v: string) => v is T): T | null => {
    const value = (raw ?? '').trim();
    if (value === '') errors[field] = 'required';
    else if (!valid(value)) errors[field] = 'invalidChoice';
    else return value;
    return null;
  };

  const learned = text('learned', input.learned, MAX_LEARNED, true);
  const goal = plan.hasGoal ? choice('goal', input.goal, isAttainment) : null;
  const goalComment = plan.hasGoal ? text('goalComment', input.goalComment, MAX_REFLECTION_COMMENT, false) : null;
  const steps = plan.steps.map((step) => {
    const answer = input.steps[step.position];
    const attainment = choice(`step:${step.position}`, answer?.attainment, isAttainment);
    const comment = text(`stepComment:${step.position}`, answer?.comment, MAX_REFLECTION_COMMENT, false);
    return { position: step.position, text: step.text, attainment, comment };
  });
  const expectations = choice('expectations', input.expectations, isAttainment);
  const expectationsComment = text('expectationsComment', input.expectationsComment, MAX_REFLECTION_COMMENT, false);
  const highlight = text('highlight', input.highlight, MAX_HIGHLIGHT, true);
  const next = choice('next', input.next, isNextStep);
  const thanks = text('thanks', input.thanks, MAX_THANKS, false);

  if (Object.keys(errors).length > 0 || learned === null || expectations === null || highlight === null || next === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    reflection: {
      learned,
      goal,
      goalComment,
      steps: steps.map((step) => ({ ...step, attainment: step.attainment as Attainment })),
      expectations,
      expectationsComment,
      highlight,
      next,
      thanks,
    },
  };
}

/** The ratings a reflection gives: the goal (when there is one) and each plan step. */
export interface Ratings {
  goal: Attainment | null;
  steps: readonly Attainment[];
}

/**
 * The average attainment over the goal and every step, in every reflection given (both members):
 * met = 1, partly = 0.5, not yet = 0. Null when nothing was rated.
 */
export function attainmentAverage(reflections: readonly Ratings[]): number | null {
  const scores = reflections.flatMap((r) => [...(r.goal === null ? [] : [r.goal]), ...r.steps]).map((a) => ATTAINMENT_SCORE[a]);
  if (scores.length === 0) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/** An average as a whole percentage, for people. */
export function asPercent(average: number): number {
  return Math.round(average * 100);
}
