import type { Attainment, PairOutcome } from '../../domain/evaluate/reflection.js';
import type { DbOrTrx } from '../db/database.js';
import type { ClosedPairEntry } from '../../domain/admin/closed-pair.js';
import type { StepReflection } from '../../domain/evaluate/wrap-up.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { toPair } from '../pairs/pair.mapper.js';

/**
 * Reads for the programme admins' view of how relationships ended: outcomes, dates and ratings
 * only. Nothing here selects what anyone wrote (no reflection text, no notes).
 */

/** The workspace's closed pairs, most recently closed first, and how many there are. */
export async function listClosedPairs(db: DbOrTrx, teamId: string, limit: number): Promise<{ pairs: ClosedPairEntry[]; total: number }> {
  const closed = db
    .selectFrom('pairs')
    .where('team_id', '=', teamId)
    .where('stage', '=', 'closed')
    .where('channel_id', 'is not', null)
    .where('closed_at', 'is not', null);
  const [rows, total] = await Promise.all([
    closed.selectAll().orderBy('closed_at', 'desc').orderBy('id', 'desc').limit(limit).execute(),
    closed.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { pairs: rows.map((row) => closedPairEntry(toPair(row))), total: Number(total.n) };
}

/** A closed pair, as the query above keeps them: each with a channel and a closing time. */
function closedPairEntry(pair: Pair): ClosedPairEntry {
  return {
    pairId: pair.id,
    channelId: pair.channelId as string,
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    openedAt: pair.createdAt,
    closedAt: pair.closedAt as Date,
    outcome: pair.outcome,
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
