import { MIN_STEPS } from './goal-plan.js';

/** The preparation checklist: what must be in place before the first meeting. */
export const PREPARE_ITEMS = ['goal', 'plan', 'mentorInventory', 'menteeInventory'] as const;
export type PrepareItem = (typeof PREPARE_ITEMS)[number];

export interface PrepareFacts {
  hasGoal: boolean;
  /** Steps stored in the plan. */
  steps: number;
  mentorInventory: boolean;
  menteeInventory: boolean;
}

export interface PrepareProgress {
  ready: Record<PrepareItem, boolean>;
  done: number;
  total: number;
  complete: boolean;
}

export const NO_PREPARE_FACTS: PrepareFacts = { hasGoal: false, steps: 0, mentorInventory: false, menteeInventory: false };

/** Which items are ready, and how many: "2/4 ready". */
export function prepareProgress(facts: PrepareFacts): PrepareProgress {
  const ready: Record<PrepareItem, boolean> = {
    goal: facts.hasGoal,
    plan: facts.hasGoal && facts.steps >= MIN_STEPS,
    mentorInventory: facts.mentorInventory,
    menteeInventory: facts.menteeInventory,
  };
  const done = PREPARE_ITEMS.filter((item) => ready[item]).length;
  return { ready, done, total: PREPARE_ITEMS.length, complete: done === PREPARE_ITEMS.length };
}

/** For the scheduler: a pair still preparing is nudged until both the goal and the plan are in. */
export function goalMissing(progress: PrepareProgress): boolean {
  return !(progress.ready.goal && progress.ready.plan);
}
