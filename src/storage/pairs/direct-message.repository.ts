import type { DbOrTrx } from '../db/database.js';

export interface SentDirectMessage {
  channelId: string;
  ts: string;
}

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

export async function listDirectMessages(db: DbOrTrx, pairId: number): Promise<SentDirectMessage[]> {
  const rows = await db.selectFrom('pair_direct_messages').select(['channel_id', 'ts']).where('pair_id', '=', pairId).orderBy('id').execute();
  return rows.map((row) => ({ channelId: row.channel_id, ts: row.ts }));
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
