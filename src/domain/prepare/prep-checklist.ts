import { MIN_STEPS } from './goal-plan.js';

/** The preparation checklist: what must be in place before the first meeting. */
export const PREP_ITEMS = ['goal', 'plan', 'mentorInventory', 'menteeInventory'] as const;
export type PrepItem = (typeof PREP_ITEMS)[number];

export interface PrepFacts {
  hasGoal: boolean;
  /** Steps stored in the plan. */
  steps: number;
  mentorInventory: boolean;
  menteeInventory: boolean;
}

export interface PrepProgress {
  ready: Record<PrepItem, boolean>;
  done: number;
  total: number;
  complete: boolean;
}

export const NO_PREP_FACTS: PrepFacts = { hasGoal: false, steps: 0, mentorInventory: false, menteeInventory: false };

/** Which items are ready, and how many: "2/4 ready". */
export function prepProgress(facts: PrepFacts): PrepProgress {
  const ready: Record<PrepItem, boolean> = {
    goal: facts.hasGoal,
    plan: facts.hasGoal && facts.steps >= MIN_STEPS,
    mentorInventory: facts.mentorInventory,
    menteeInventory: facts.menteeInventory,
  };
  const done = PREP_ITEMS.filter((item) => ready[item]).length;
  return { ready, done, total: PREP_ITEMS.length, complete: done === PREP_ITEMS.length };
}

/** For the scheduler: a pair still preparing is nudged until both the goal and the plan are in. */
export function goalMissing(progress: PrepProgress): boolean {
  return !(progress.ready.goal && progress.ready.plan);
}
