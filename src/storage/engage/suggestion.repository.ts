import type { DbOrTrx } from '../db/database.js';

/** Records that a suggestion is being made; false when it was made before (by this or another request). */
export async function claimSuggestion(db: DbOrTrx, pairId: number, kind: string, at: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('pair_suggestions')
    .values({ pair_id: pairId, kind, suggested_at: at })
    .onConflict((oc) => oc.columns(['pair_id', 'kind']).doNothing())
    .returning('pair_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Forgets a claim whose message could not be posted, so that the next occasion tries again. */
export async function releaseSuggestion(db: DbOrTrx, pairId: number, kind: string): Promise<void> {
  await db.deleteFrom('pair_suggestions').where('pair_id', '=', pairId).where('kind', '=', kind).execute();
}
