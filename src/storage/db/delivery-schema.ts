import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of what the bot did in Slack, kept so that it is done once (a delivery, a click's effect)
 * and can be undone by erase (files uploaded, direct messages quoting a pair), and of erasures.
 */

/** A request from Slack carried out once: a command or click by trigger id, a form by its sender and view id. */
export interface SlackDeliveryTable {
  key: string;
  received_at: ColumnType<Date, Date | undefined, never>;
  /** A form's values, digested: null for commands and clicks (0021). */
  digest: ColumnType<string | null, string | null | undefined, never>;
}

/** What stays of an erased pair: who erased which pair id, and when. */
export interface ErasureTable {
  id: Generated<number>;
  team_id: string;
  pair_id: number;
  erased_by: string;
  erased_at: Date;
}

/** A file the bot uploaded for a pair: `/mentor erase` deletes it from Slack before the pair's rows. */
export interface UploadedFileTable {
  id: Generated<number>;
  pair_id: number;
  team_id: string;
  file_id: string;
  channel_id: string;
  created_at: Date;
}

/** A direct message that quotes a pair (an admin's fit alert): erase deletes it from Slack (0020). */
export interface PairDirectMessageTable {
  id: Generated<number>;
  pair_id: number;
  team_id: string;
  channel_id: string;
  ts: string;
  created_at: Date;
}

/** A click's effect done once for the pair, by what it means (0020). */
export interface PairSentOnceTable {
  pair_id: number;
  key: string;
  sent_at: Date;
}
