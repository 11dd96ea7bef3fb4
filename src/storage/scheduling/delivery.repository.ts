import { sql } from 'kysely';
import type { ChannelProblem } from '../../domain/channel-problems.js';
import type { DbOrTrx } from '../db/database.js';

/** True the first time a request key is seen; a retried delivery of the same request gets false. */
export async function claimDelivery(db: DbOrTrx, key: string): Promise<boolean> {
  const inserted = await db
    .insertInto('slack_deliveries')
    .values({ key })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/**
 * A form's claim: 'first' the first time this view is submitted, 'repeat' for the same values again
 * (Slack's retry, a double click), 'changed' when the view was claimed with other values. One
 * statement: the no-op update returns the stored digest and whether the row is new.
 */
export async function claimSubmission(db: DbOrTrx, key: string, digest: string): Promise<'first' | 'repeat' | 'changed'> {
  const row = await db
    .insertInto('slack_deliveries')
    .values({ key, digest })
    .onConflict((oc) => oc.column('key').doUpdateSet({ key: (eb) => eb.ref('slack_deliveries.key') }))
    .returning(['digest', sql<boolean>`(xmax = 0)`.as('inserted')])
    .executeTakeFirstOrThrow();
  if (row.inserted) return 'first';
  // A claim from before 0021 has no digest: a retry of it is taken as the repeat it almost surely is.
  return row.digest === null || row.digest === digest ? 'repeat' : 'changed';
}

/** Forgets one request key: the work it guarded failed, so a new delivery of it must be carried out. */
export async function releaseDelivery(db: DbOrTrx, key: string): Promise<void> {
  await db.deleteFrom('slack_deliveries').where('key', '=', key).execute();
}

/** Forgets request keys older than a day (by the database's clock): Slack's retries come within minutes. */
export async function pruneDeliveries(db: DbOrTrx): Promise<number> {
  const pruned = await db
    .deleteFrom('slack_deliveries')
    .where('received_at', '<', sql<Date>`now() - interval '1 day'`)
    .executeTakeFirst();
  return Number(pruned.numDeletedRows);
}

/** Notes why scheduled posts cannot reach the pair's channel; true only for the first note since it was last cleared. */
export async function markDeliveryProblem(db: DbOrTrx, pairId: number, problem: ChannelProblem, at: Date): Promise<boolean> {
  const marked = await db
    .updateTable('pairs')
    .set({ delivery_problem: problem, delivery_problem_at: at })
    .where('id', '=', pairId)
    .where('delivery_problem_at', 'is', null)
    .executeTakeFirst();
  return marked.numUpdatedRows > 0n;
}

/** A member acted (`/mentor resume`): the channel is trusted again. True when there was a problem to clear. */
export async function clearDeliveryProblem(db: DbOrTrx, pairId: number): Promise<boolean> {
  const cleared = await db
    .updateTable('pairs')
    .set({ delivery_problem: null, delivery_problem_at: null })
    .where('id', '=', pairId)
    .where('delivery_problem_at', 'is not', null)
    .executeTakeFirst();
  return cleared.numUpdatedRows > 0n;
}
