import type { FitAnswer, FitCheckAnswer } from '../../domain/pulse/answers.js';
import type { DbOrTrx } from '../db/database.js';
import type { FitCheckTable } from '../db/schema.js';

/** One member's fit answer without its comment: what aggregates and attention flags may read. */
export interface FitAnswerFact {
  pairId: number;
  userId: string;
  answer: FitAnswer;
  answeredAt: Date;
}

function toAnswer(row: FitCheckTable): FitCheckAnswer {
  return { pairId: row.pair_id, userId: row.user_id, answer: row.answer, comment: row.comment, answeredAt: row.answered_at };
}

/** Stores a member's only answer; false when they had answered already (a retry, a second form). */
export async function insertFitAnswer(db: DbOrTrx, answer: FitCheckAnswer): Promise<boolean> {
  const inserted = await db
    .insertInto('fit_checks')
    .values({ pair_id: answer.pairId, user_id: answer.userId, answer: answer.answer, comment: answer.comment, answered_at: answer.answeredAt })
    .onConflict((oc) => oc.columns(['pair_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function findFitAnswer(db: DbOrTrx, pairId: number, userId: string): Promise<FitCheckAnswer | undefined> {
  const row = await db.selectFrom('fit_checks').selectAll().where('pair_id', '=', pairId).where('user_id', '=', userId).executeTakeFirst();
  return row && toAnswer(row);
}

/**
 * Each member's fit answer in the workspace's open pairs (no comments): for the admins' aggregates
 * and for attention flags (a "not a good fit" pair needs a look).
 */
export async function latestFitAnswers(db: DbOrTrx, teamId: string): Promise<FitAnswerFact[]> {
  const rows = await db
    .selectFrom('fit_checks as f')
    .innerJoin('pairs as p', 'p.id', 'f.pair_id')
    .select(['f.pair_id', 'f.user_id', 'f.answer', 'f.answered_at'])
    .where('p.team_id', '=', teamId)
    .where('p.stage', '!=', 'closed')
    .orderBy('f.pair_id')
    .orderBy('f.answered_at')
    .execute();
  return rows.map((row) => ({ pairId: row.pair_id, userId: row.user_id, answer: row.answer, answeredAt: row.answered_at }));
}
