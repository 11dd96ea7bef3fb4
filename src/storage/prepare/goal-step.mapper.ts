import type { GoalStep } from '../../domain/prepare/plan-step.js';
import type { GoalStepRow } from '../db/schema.js';

/** The one mapping of a `goal_steps` row to its domain shape. */
export function toGoalStep(row: GoalStepRow): GoalStep {
  return {
    id: row.id,
    pairId: row.pair_id,
    position: row.position,
    text: row.text,
    owner: row.owner,
    dueOn: row.due_on,
    doneBy: row.done_by,
    doneAt: row.done_at,
  };
}
