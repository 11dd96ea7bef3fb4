import type { DbOrTrx } from '../db/database.js';
import type { StoredGoalPlan } from '../../domain/prepare/goal-plan.js';
import type { GoalStep } from '../../domain/prepare/plan-step.js';
import { toGoalPlan } from './goal-plan.mapper.js';
import { toGoalStep } from './goal-step.mapper.js';

export interface GoalPlanWrite {
  pairId: number;
  goal: string;
  steps: ReadonlyArray<{ text: string; doneBy: string | null; doneAt: Date | null }>;
  by: string;
  at: Date;
}

export async function findGoalPlan(db: DbOrTrx, pairId: number): Promise<StoredGoalPlan | undefined> {
  const goal = await db.selectFrom('goal_plans').selectAll().where('pair_id', '=', pairId).executeTakeFirst();
  return goal && toGoalPlan(goal, await listGoalSteps(db, pairId));
}

export async function listGoalSteps(db: DbOrTrx, pairId: number): Promise<GoalStep[]> {
  const rows = await db.selectFrom('goal_steps').selectAll().where('pair_id', '=', pairId).orderBy('position').execute();
  return rows.map(toGoalStep);
}

/**
 * Writes the goal first, which locks the pair's row: two edits at once take turns, and the second
 * sees the first's steps. Callers run it in a transaction. Returns the steps as they were before.
 */
export async function lockAndWriteGoal(db: DbOrTrx, write: Omit<GoalPlanWrite, 'steps'>): Promise<GoalStep[]> {
  await db
    .insertInto('goal_plans')
    .values({
      pair_id: write.pairId,
      goal: write.goal,
      created_by: write.by,
      created_at: write.at,
      updated_by: write.by,
      updated_at: write.at,
    })
    .onConflict((oc) => oc.column('pair_id').doUpdateSet({ goal: write.goal, updated_by: write.by, updated_at: write.at }))
    .execute();
  return listGoalSteps(db, write.pairId);
}

/** Replaces the plan's steps (new ids: buttons on an older rendering of the plan become stale). */
export async function replaceGoalSteps(db: DbOrTrx, pairId: number, steps: GoalPlanWrite['steps']): Promise<void> {
  await db.deleteFrom('goal_steps').where('pair_id', '=', pairId).execute();
  if (steps.length === 0) return;
  await db
    .insertInto('goal_steps')
    .values(
      steps.map((step, index) => ({
        pair_id: pairId,
        position: index + 1,
        text: step.text,
        done_by: step.doneBy,
        done_at: step.doneAt,
      })),
    )
    .execute();
}

export async function findGoalStep(db: DbOrTrx, stepId: number): Promise<GoalStep | undefined> {
  const row = await db.selectFrom('goal_steps').selectAll().where('id', '=', stepId).executeTakeFirst();
  return row && toGoalStep(row);
}

/**
 * Marks a step done or open. Setting what is already set changes nothing, so a double click or two
 * members ticking at once leave one state, and the first tick's who and when.
 */
export async function setStepDone(db: DbOrTrx, stepId: number, tick: { by: string; at: Date } | null): Promise<boolean> {
  const result =
    tick === null
      ? await db
          .updateTable('goal_steps')
          .set({ done_by: null, done_at: null })
          .where('id', '=', stepId)
          .where('done_at', 'is not', null)
          .executeTakeFirst()
      : await db
          .updateTable('goal_steps')
          .set({ done_by: tick.by, done_at: tick.at })
          .where('id', '=', stepId)
          .where('done_at', 'is', null)
          .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setGoalMessage(db: DbOrTrx, pairId: number, messageTs: string): Promise<void> {
  await db.updateTable('goal_plans').set({ message_ts: messageTs }).where('pair_id', '=', pairId).execute();
}

/** How many steps the pair's plan holds; undefined when no goal is written yet. */
export async function countGoalSteps(db: DbOrTrx, pairId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('goal_plans')
    .leftJoin('goal_steps', 'goal_steps.pair_id', 'goal_plans.pair_id')
    .select((eb) => eb.fn.count<number>('goal_steps.id').as('steps'))
    .where('goal_plans.pair_id', '=', pairId)
    .groupBy('goal_plans.pair_id')
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.steps);
}
