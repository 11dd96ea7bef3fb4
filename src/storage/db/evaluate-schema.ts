import type { ColumnType, Generated } from 'kysely';
import type { Attainment, NextStep, PairOutcome } from '../../domain/evaluate/reflection.js';
import type { StepReflection } from '../../domain/evaluate/wrap-up.js';

export type { StepReflection };

/** Tables of the evaluate stage (wrap-ups and reflections); mapped in src/storage/evaluate/. */

/** One wrap-up of a pair: the last meeting, the reminder, the summary and the decision. */
export interface WrapUpTable {
  id: Generated<number>;
  pair_id: number;
  started_by: string;
  started_at: Date;
  /** yyyy-mm-dd on the mentee's calendar. */
  last_meeting_on: ColumnType<string | null, string | null | undefined, string | null>;
  last_meeting_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_meeting_set_by: ColumnType<string | null, string | null | undefined, string | null>;
  last_meeting_set_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  reminded_by: ColumnType<string | null, string | null | undefined, string | null>;
  reminded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  summary_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  summary_ts: ColumnType<string | null, string | null | undefined, string | null>;
  decision: ColumnType<PairOutcome | null, PairOutcome | null | undefined, PairOutcome | null>;
  decided_by: ColumnType<string | null, string | null | undefined, string | null>;
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** yyyy-mm-dd: the planned end of the new cycle when the pair continued. */
  next_end_on: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One member's reflection on one wrap-up. */
export interface ReflectionTable {
  wrap_up_id: number;
  pair_id: number;
  user_id: string;
  learned: string;
  goal_attainment: Attainment | null;
  goal_comment: string | null;
  steps: ColumnType<StepReflection[], string, string>;
  expectations: Attainment;
  expectations_comment: string | null;
  highlight: string;
  next_step: NextStep;
  thanks: string | null;
  created_at: Date;
  updated_at: Date;
}
