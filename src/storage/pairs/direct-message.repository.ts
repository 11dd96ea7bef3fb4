import type { DbOrTrx } from '../db/database.js';

export interface SentDirectMessage {
  channelId: string;
  ts: string;
  /** Written before the post, its ts not known (yet): erasing searches the conversation by the message's metadata. */
  pending?: boolean;
  /** The marker left once the alert's ts is kept: nothing in Slack, it only stops a rerun posting again. */
  settled?: boolean;
}

/** A pending row's ts: never a Slack ts (digits, a dot, digits), one per conversation, pair and member. */
const PENDING = 'pending:';
/** What a pending row becomes once settled; same shape, so a settled alert is never posted twice. */
const SETTLED = 'settled:';

type Marked = { pairId: number; channelId: string; memberId: string };
const marker = (prefix: string, mark: Marked): string => `${prefix}${mark.pairId}:${mark.memberId}`;

/** Where an alert for this pair and member stands in this conversation. */
export type PendingOutcome = 'first' | 'retry' | 'settled';

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
 * 'retry' when the row was there already (an earlier try), 'settled' when an earlier run already
 * kept its copy (nothing to post). Fails on a pair that is gone.
 */
export async function recordPendingDirectMessage(db: DbOrTrx, pending: Marked & { teamId: string; at: Date }): Promise<PendingOutcome> {
  const settled = await db
    .selectFrom('pair_direct_messages')
    .select('id')
    .where('channel_id', '=', pending.channelId)
    .where('ts', '=', marker(SETTLED, pending))
    .executeTakeFirst();
  if (settled) return 'settled';
  const inserted = await db
    .insertInto('pair_direct_messages')
    .values({ pair_id: pending.pairId, team_id: pending.teamId, channel_id: pending.channelId, ts: marker(PENDING, pending), created_at: pending.at })
    .onConflict((oc) => oc.columns(['channel_id', 'ts']).doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n ? 'first' : 'retry';
}

/**
 * The message was found or posted, and its ts kept: the pending row becomes the settled marker, so a
 * rerun of the same job (its lease lapsed, its "done" lost) posts nothing. Fails on a pair that is gone.
 */
export async function settlePendingDirectMessage(db: DbOrTrx, pending: Marked & { teamId: string; at: Date }): Promise<void> {
  await forgetDirectMessage(db, pending.pairId, { channelId: pending.channelId, ts: marker(PENDING, pending) });
  await db
    .insertInto('pair_direct_messages')
    .values({ pair_id: pending.pairId, team_id: pending.teamId, channel_id: pending.channelId, ts: marker(SETTLED, pending), created_at: pending.at })
    .onConflict((oc) => oc.columns(['channel_id', 'ts']).doNothing())
    .execute();
}

export async function listDirectMessages(db: DbOrTrx, pairId: number): Promise<SentDirectMessage[]> {
  const rows = await db.selectFrom('pair_direct_messages').select(['channel_id', 'ts']).where('pair_id', '=', pairId).orderBy('id').execute();
  return rows.map((row) => ({ channelId: row.channel_id, ts: row.ts, pending: row.ts.startsWith(PENDING), settled: row.ts.startsWith(SETTLED) }));
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
