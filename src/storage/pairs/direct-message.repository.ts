import type { DbOrTrx } from '../db/database.js';

export interface SentDirectMessage {
  channelId: string;
  ts: string;
  /** Written before the post, its ts not known (yet): erasing searches the conversation by the message's metadata. */
  pending?: boolean;
}

/** A pending row's ts: never a Slack ts (digits, a dot, digits), one per conversation, pair and member. */
const PENDING = 'pending:';

/**
 * A direct message that quotes the pair (an admin's fit alert), kept until erasing the pair has
 * deleted it from Slack. The insert fails on a pair that is gone (foreign key).
 */
export async function recordDirectMessage(
  db: DbOrTrx,
  message: { pairId: number; teamId: string; channelId: string; ts: string; at: Date },
): Promise<void> {
  await db
    .insertInto('pair_direct_messages')
    .values({ pair_id: message.pairId, team_id: message.teamId, channel_id: message.channelId, ts: message.ts, created_at: message.at })
    .onConflict((oc) => oc.columns(['channel_id', 'ts']).doNothing())
    .execute();
}

/**
 * Before posting a direct message that will quote the pair: a row saying "one may be in this
 * conversation", so that neither a lost answer nor a stop before its ts is kept lets it escape erase.
 * False when the row was there already (an earlier try). Fails on a pair that is gone.
 */
export async function recordPendingDirectMessage(
  db: DbOrTrx,
  pending: { pairId: number; teamId: string; channelId: string; memberId: string; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('pair_direct_messages')
    .values({ pair_id: pending.pairId, team_id: pending.teamId, channel_id: pending.channelId, ts: `${PENDING}${pending.pairId}:${pending.memberId}`, created_at: pending.at })
    .onConflict((oc) => oc.columns(['channel_id', 'ts']).doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** The message was found or posted, and its ts kept: the pending row goes. */
export async function settlePendingDirectMessage(db: DbOrTrx, pending: { pairId: number; channelId: string; memberId: string }): Promise<void> {
  await forgetDirectMessage(db, pending.pairId, { channelId: pending.channelId, ts: `${PENDING}${pending.pairId}:${pending.memberId}` });
}

export async function listDirectMessages(db: DbOrTrx, pairId: number): Promise<SentDirectMessage[]> {
  const rows = await db.selectFrom('pair_direct_messages').select(['channel_id', 'ts']).where('pair_id', '=', pairId).orderBy('id').execute();
  return rows.map((row) => ({ channelId: row.channel_id, ts: row.ts, pending: row.ts.startsWith(PENDING) }));
}

/** Once Slack no longer has the message. */
export async function forgetDirectMessage(db: DbOrTrx, pairId: number, message: SentDirectMessage): Promise<void> {
  await db
    .deleteFrom('pair_direct_messages')
    .where('pair_id', '=', pairId)
    .where('channel_id', '=', message.channelId)
    .where('ts', '=', message.ts)
    .execute();
}
