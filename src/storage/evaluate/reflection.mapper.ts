import type { StoredReflection } from '../../domain/evaluate/wrap-up.js';
import type { ReflectionRow } from '../db/schema.js';

/** The one mapping of a `reflections` row to its domain shape (the form's names: `goal`, `next`). */
export function toReflection(row: ReflectionRow): StoredReflection {
  return {
    wrapUpId: row.wrap_up_id,
    pairId: row.pair_id,
    userId: row.user_id,
    learned: row.learned,
    goal: row.goal_attainment,
    goalComment: row.goal_comment,
    steps: row.steps,
    expectations: row.expectations,
    expectationsComment: row.expectations_comment,
    highlight: row.highlight,
    next: row.next_step,
    thanks: row.thanks,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
