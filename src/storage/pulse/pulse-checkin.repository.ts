import type { CheckinAnswer, CheckinScore } from '../../domain/pulse/answers.js';
import type { CheckinFact } from '../../domain/pulse/pulse-summary.js';
import type { DbOrTrx } from '../db/database.js';
import type { PulseCheckinTable } from '../db/schema.js';

function toCheckin(row: PulseCheckinTable): CheckinAnswer {
  return {
    pairId: row.pair_id,
    userId: row.user_id,
    progress: Number(row.progress) as CheckinScore,
    relationship: Number(row.relationship) as CheckinScore,
    comment: row.comment,
    answeredAt: row.answered_at,
  };
}

/** Stores a member's midpoint check-in once; false when they had answered already. */
export async function insertCheckin(db: DbOrTrx, answer: CheckinAnswer): Promise<boolean> {
  const inserted = await db
    .insertInto('pulse_checkins')
    .values({
      pair_id: answer.pairId,
      user_id: answer.userId,
      progress: answer.progress,
      relationship: answer.relationship,
      comment: answer.comment,
      answered_at: answer.answeredAt,
    })
    .onConflict((oc) => oc.columns(['pair_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function findCheckin(db: DbOrTrx, pairId: number, userId: string): Promise<CheckinAnswer | undefined> {
  const row = await db.selectFrom('pulse_checkins').selectAll().where('pair_id', '=', pairId).where('user_id', '=', userId).executeTakeFirst();
  return row && toCheckin(row);
}

/** The check-in scores of the workspace's open pairs: numbers only, never a comment. */
export async function listCheckinScores(db: DbOrTrx, teamId: string): Promise<CheckinFact[]> {
  const rows = await db
    .selectFrom('pulse_checkins as c')
    .innerJoin('pairs as p', 'p.id', 'c.pair_id')
    .select(['c.pair_id', 'c.progress', 'c.relationship'])
    .where('p.team_id', '=', teamId)
    .where('p.stage', '!=', 'closed')
    .execute();
  return rows.map((row) => ({ pairId: row.pair_id, progress: Number(row.progress), relationship: Number(row.relationship) }));
}
