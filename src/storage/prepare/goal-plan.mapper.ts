import type { Selectable } from 'kysely';
import type { GoalStep } from '../../domain/prepare/plan-step.js';
import type { StoredGoalPlan } from '../../domain/prepare/goal-plan.js';
import type { GoalPlanTable } from '../db/schema.js';

/** The one mapping of a `goal_plans` row, with its steps, to its domain shape. */
export function toGoalPlan(row: Selectable<GoalPlanTable>, steps: GoalStep[]): StoredGoalPlan {
  return {
    pairId: row.pair_id,
    goal: row.goal,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    messageTs: row.message_ts,
    successCriterion: row.success_criterion,
    targetOn: row.target_on,
    steps,
  };
}
