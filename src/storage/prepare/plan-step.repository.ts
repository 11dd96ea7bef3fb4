import type { DbOrTrx } from '../db/database.js';
import type { ActionOwner } from '../../domain/nurture/action-item.js';
import type { GoalFinishLine } from '../../domain/prepare/goal-plan.js';
import type { GoalStep } from '../../domain/prepare/plan-step.js';
import { toGoalStep } from './goal-step.mapper.js';

export async function findStepAt(db: DbOrTrx, pairId: number, position: number): Promise<GoalStep | undefined> {
  const row = await db.selectFrom('goal_steps').selectAll().where('pair_id', '=', pairId).where('position', '=', position).executeTakeFirst();
  return row && toGoalStep(row);
}

/** Each step's owner and due date, by position, once the steps are written. */
export async function setStepDetails(
  db: DbOrTrx,
  pairId: number,
  details: ReadonlyArray<{ owner: ActionOwner | null; dueOn: string | null }>,
): Promise<void> {
  for (const [index, detail] of details.entries()) {
    if (detail.owner === null && detail.dueOn === null) continue;
    await db
      .updateTable('goal_steps')
      .set({ owner: detail.owner, due_on: detail.dueOn })
      .where('pair_id', '=', pairId)
      .where('position', '=', index + 1)
      .execute();
  }
}

/** Appends a step at the end of the plan (the caller holds the goal's lock). */
export async function appendPlanStep(db: DbOrTrx, pairId: number, position: number, text: string): Promise<void> {
  await db.insertInto('goal_steps').values({ pair_id: pairId, position, text }).execute();
}

export async function setFinishLine(db: DbOrTrx, pairId: number, line: GoalFinishLine): Promise<void> {
  await db
    .updateTable('goal_plans')
    .set({ success_criterion: line.successCriterion, target_on: line.targetOn })
    .where('pair_id', '=', pairId)
    .execute();
}

/** Locks the goal's row (the pair's plan) until the caller's transaction ends. */
export async function lockGoal(db: DbOrTrx, pairId: number): Promise<boolean> {
  const row = await db.selectFrom('goal_plans').select('pair_id').where('pair_id', '=', pairId).forUpdate().executeTakeFirst();
  return row !== undefined;
}
