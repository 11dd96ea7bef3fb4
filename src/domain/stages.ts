import { CoachError } from './errors.js';

/** The four stages a pair works through, in order; `closed` is where a relationship ends. */
export const OPEN_STAGES = ['prepare', 'engage', 'nurture', 'evaluate'] as const;
export const STAGES = [...OPEN_STAGES, 'closed'] as const;

export type OpenStage = (typeof OPEN_STAGES)[number];
export type Stage = (typeof STAGES)[number];

export type StageTarget = OpenStage | 'next';

export function isOpenStage(value: string): value is OpenStage {
  return (OPEN_STAGES as readonly string[]).includes(value);
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** 1-based position shown to people ("stage 2 of 4"). */
export function stageNumber(stage: OpenStage): number {
  return OPEN_STAGES.indexOf(stage) + 1;
}

/**
 * Where a stage command leads. A pair may step back to an earlier stage (a relationship is not a
 * conveyor belt), but closing only happens through the wrap-up, so that it is always confirmed.
 */
export function resolveStageChange(current: Stage, target: StageTarget): OpenStage {
  if (current === 'closed') throw new CoachError('pair_closed');
  if (target === 'next') {
    const next = OPEN_STAGES[OPEN_STAGES.indexOf(current) + 1];
    if (next === undefined) throw new CoachError('use_wrap_up');
    return next;
  }
  if (target === current) throw new CoachError('already_in_stage', { stage: target });
  return target;
}

/** `/wrap-up` moves a pair into evaluate; from evaluate it can then be confirmed and closed. */
export function canClose(current: Stage): boolean {
  return current !== 'closed';
}
