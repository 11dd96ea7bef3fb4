import type { Attainment, PairOutcome } from '../../domain/evaluate/reflection.js';
import type { DbOrTrx } from '../db/database.js';
import type { StepReflection } from '../db/schema.js';

/**
 * Reads for the programme admins' view of how relationships ended: outcomes, dates and ratings
 * only. Nothing here selects what anyone wrote (no reflection text, no notes).
 */

export interface ClosedPairRow {
  id: number;
  channel_id: string;
  mentor_id: string;
  mentee_id: string;
  opened_at: Date;
  closed_at: Date;
  outcome: PairOutcome | null;
}

/** The workspace's closed pairs, most recently closed first, and how many there are. */
export async function listClosedPairs(db: DbOrTrx, teamId: string, limit: number): Promise<{ rows: ClosedPairRow[]; total: number }> {
  const closed = db
    .selectFrom('pairs')
    .where('team_id', '=', teamId)
    .where('stage', '=', 'closed')
    .where('channel_id', 'is not', null)
    .where('closed_at', 'is not', null);
  const [rows, total] = await Promise.all([
    closed
      .select(['id', 'channel_id', 'mentor_id', 'mentee_id', 'created_at', 'closed_at', 'outcome'])
      .orderBy('closed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
    closed.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      channel_id: row.channel_id as string,
      mentor_id: row.mentor_id,
      mentee_id: row.mentee_id,
      opened_at: row.created_at,
      closed_at: row.closed_at as Date,
      outcome: row.outcome,
    })),
    total: Number(total.n),
  };
}

/** How every decided wrap-up of the workspace ended (a pair that continued and later closed counts twice). */
export async function countOutcomes(db: DbOrTrx, teamId: string): Promise<Record<PairOutcome, number>> {
  const rows = await db
    .selectFrom('wrap_ups as w')
    .innerJoin('pairs as p', 'p.id', 'w.pair_id')
    .select((eb) => ['w.decision', eb.fn.countAll<number>().as('n')])
    .where('p.team_id', '=', teamId)
    .where('w.decision', 'is not', null)
    .groupBy('w.decision')
    .execute();
  const count = (outcome: PairOutcome) => Number(rows.find((row) => row.decision === outcome)?.n ?? 0);
  return { continued: count('continued'), stay_in_touch: count('stay_in_touch'), closed: count('closed') };
}

/** The ratings of every reflection of a decided wrap-up in the workspace: attainments only, never text. */
export async function listDecidedRatings(db: DbOrTrx, teamId: string): Promise<Array<{ goal: Attainment | null; steps: Attainment[] }>> {
  const rows = await db
    .selectFrom('reflections as r')
    .innerJoin('wrap_ups as w', 'w.id', 'r.wrap_up_id')
    .innerJoin('pairs as p', 'p.id', 'r.pair_id')
    .select(['r.goal_attainment', 'r.steps'])
    .where('p.team_id', '=', teamId)
    .where('w.decision', 'is not', null)
    .execute();
  return rows.map((row) => ({ goal: row.goal_attainment, steps: (row.steps as StepReflection[]).map((step) => step.attainment) }));
}
