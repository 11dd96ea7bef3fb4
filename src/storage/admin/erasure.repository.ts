import type { DbOrTrx } from '../db/database.js';

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
 * leaves the audit line. Call inside a transaction. The pair row is locked first, so an upload
 * recorded meanwhile (its insert waits on that lock, then fails) cannot slip past: 'filesLeft'
 * when files or direct messages are still recorded (the caller deletes them from Slack and tries
 * again), 'missing'
 * when the pair was not there to erase (erased meanwhile, or reopened). Only 'erased' writes.
 */
export async function erasePairRows(
  db: DbOrTrx,
  erasure: { teamId: string; pairId: number; by: string; at: Date },
): Promise<'erased' | 'missing' | 'filesLeft'> {
  const pair = await db
    .selectFrom('pairs')
    .select('id')
    .where('id', '=', erasure.pairId)
    .where('team_id', '=', erasure.teamId)
    .where('stage', '=', 'closed')
    .forUpdate()
    .executeTakeFirst();
  if (pair === undefined) return 'missing';
  const files = await db
    .selectFrom('uploaded_files')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pair_id', '=', erasure.pairId)
    .executeTakeFirstOrThrow();
  const messages = await db
    .selectFrom('pair_direct_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pair_id', '=', erasure.pairId)
    .executeTakeFirstOrThrow();
  if (Number(files.n) + Number(messages.n) > 0) return 'filesLeft';
  await db.deleteFrom('pairs').where('id', '=', erasure.pairId).execute();
  await db
    .insertInto('erasures')
    .values({ team_id: erasure.teamId, pair_id: erasure.pairId, erased_by: erasure.by, erased_at: erasure.at })
    .execute();
  return 'erased';
}

/** Closed pairs of every workspace whose retention ran out: closed at or before `closedBy`, oldest first. */
export async function listExpiredPairs(db: DbOrTrx, closedBy: Date, limit: number): Promise<Array<{ pairId: number; teamId: string }>> {
  const rows = await db
    .selectFrom('pairs')
    .select(['id', 'team_id'])
    .where('stage', '=', 'closed')
    .where('closed_at', '<=', closedBy)
    .orderBy('closed_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ pairId: row.id, teamId: row.team_id }));
}
