import type { DbOrTrx } from '../db/database.js';

/** True for the first claim of `key` for the pair; false when it was claimed (and so sent) before. */
export async function claimSentOnce(db: DbOrTrx, claim: { pairId: number; key: string; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('pair_sent_once')
    .values({ pair_id: claim.pairId, key: claim.key, sent_at: claim.at })
    .onConflict((oc) => oc.columns(['pair_id', 'key']).doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** The send a claim guarded failed: the next click may try again. */
export async function releaseSentOnce(db: DbOrTrx, pairId: number, key: string): Promise<void> {
  await db.deleteFrom('pair_sent_once').where('pair_id', '=', pairId).where('key', '=', key).execute();
}
