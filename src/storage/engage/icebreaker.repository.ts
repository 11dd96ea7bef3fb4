import type { DbOrTrx } from '../db/database.js';

/**
 * Holds the pair's row until the transaction ends, so that two "more questions" presses at once
 * pick one after the other instead of both picking the same questions.
 */
export async function lockPairRow(db: DbOrTrx, pairId: number): Promise<void> {
  await db.selectFrom('pairs').select('id').where('id', '=', pairId).forNoKeyUpdate().execute();
}

/** Catalog indexes of the icebreakers the pair has been shown. */
export async function listShownIcebreakers(db: DbOrTrx, pairId: number): Promise<number[]> {
  const rows = await db.selectFrom('icebreakers_shown').select('question_index').where('pair_id', '=', pairId).execute();
  return rows.map((row) => row.question_index);
}

/** Records questions as shown; one already recorded keeps its first date. */
export async function markIcebreakersShown(db: DbOrTrx, pairId: number, indexes: readonly number[], at: Date): Promise<void> {
  if (indexes.length === 0) return;
  await db
    .insertInto('icebreakers_shown')
    .values(indexes.map((index) => ({ pair_id: pairId, question_index: index, shown_at: at })))
    .onConflict((oc) => oc.columns(['pair_id', 'question_index']).doNothing())
    .execute();
}

/** Undoes `markIcebreakersShown` for questions that could not be posted. */
export async function forgetIcebreakers(db: DbOrTrx, pairId: number, indexes: readonly number[]): Promise<void> {
  if (indexes.length === 0) return;
  await db.deleteFrom('icebreakers_shown').where('pair_id', '=', pairId).where('question_index', 'in', [...indexes]).execute();
}
