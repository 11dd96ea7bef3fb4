import type { DbOrTrx } from '../db/database.js';

/** The pair's latest prepare post, if one was recorded. */
export async function findPreparePost(db: DbOrTrx, pairId: number): Promise<string | undefined> {
  const row = await db.selectFrom('prep_states').select('prepare_ts').where('pair_id', '=', pairId).executeTakeFirst();
  return row?.prepare_ts;
}

/** The prepare post to redraw from now on (the latest one, when a pair comes back to prepare). */
export async function setPreparePost(db: DbOrTrx, pairId: number, ts: string): Promise<void> {
  await db
    .insertInto('prep_states')
    .values({ pair_id: pairId, prepare_ts: ts })
    .onConflict((oc) => oc.column('pair_id').doUpdateSet({ prepare_ts: ts }))
    .execute();
}
