import type { DbOrTrx } from './database.js';

export interface ErasedPair {
  pairId: number;
  erasedBy: string;
  erasedAt: Date;
}

export async function findErasure(db: DbOrTrx, teamId: string, pairId: number): Promise<ErasedPair | undefined> {
  const row = await db
    .selectFrom('erasures')
    .select(['pair_id', 'erased_by', 'erased_at'])
    .where('team_id', '=', teamId)
    .where('pair_id', '=', pairId)
    .executeTakeFirst();
  return row && { pairId: row.pair_id, erasedBy: row.erased_by, erasedAt: row.erased_at };
}

/**
 * Deletes a closed pair and, through the foreign keys' cascade, everything recorded about it, and
 * leaves the audit line. Call inside a transaction. False when the pair was not there to erase
 * (erased meanwhile, or reopened): then nothing is written.
 */
export async function erasePairRows(db: DbOrTrx, erasure: { teamId: string; pairId: number; by: string; at: Date }): Promise<boolean> {
  const deleted = await db
    .deleteFrom('pairs')
    .where('id', '=', erasure.pairId)
    .where('team_id', '=', erasure.teamId)
    .where('stage', '=', 'closed')
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) return false;
  await db
    .insertInto('erasures')
    .values({ team_id: erasure.teamId, pair_id: erasure.pairId, erased_by: erasure.by, erased_at: erasure.at })
    .execute();
  return true;
}
