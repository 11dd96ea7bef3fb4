import type { DbOrTrx } from '../db/database.js';
import type { ActionItemRow } from '../db/schema.js';

/** A meeting log as history and export read it: never deleted ones, and the private note only for its author. */
export interface LogRecord {
  id: number;
  authorId: string;
  createdAt: Date;
  /** yyyy-mm-dd; null for logs written before the met-on day was stored. */
  metOn: string | null;
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  nextMeetingOn: string | null;
  /** Only when the reader wrote the log; another member's note never leaves the database. */
  privateNote: string | null;
}

/**
 * A page of a pair's logs, newest first (by the day met, then by when written). Reads `limit + 1`
 * rows so the caller knows whether an older page exists.
 */
export async function listLogsNewestFirst(
  db: DbOrTrx,
  pairId: number,
  reader: string,
  page: { offset: number; limit: number } | null,
): Promise<LogRecord[]> {
  let query = db
    .selectFrom('meeting_logs')
    .select((eb) => [
      'id',
      'author_id',
      'created_at',
      'met_on',
      'summary',
      'achievements',
      'next_steps',
      'next_meeting_on',
      // The note is chosen in SQL: another member's note is not even read.
      eb.case().when('author_id', '=', reader).then(eb.ref('private_note')).else(null).end().as('private_note'),
    ])
    .where('pair_id', '=', pairId)
    .where('deleted_at', 'is', null)
    .orderBy((eb) => eb.fn.coalesce('met_on', eb.cast('created_at', 'date')), 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (page !== null) query = query.offset(page.offset).limit(page.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    authorId: row.author_id,
    createdAt: row.created_at,
    metOn: row.met_on,
    summary: row.summary,
    achievements: row.achievements,
    nextSteps: row.next_steps,
    nextMeetingOn: row.next_meeting_on,
    privateNote: row.private_note ?? null,
  }));
}

/** Action items of some logs, by number. */
export async function listItemsOfLogs(db: DbOrTrx, pairId: number, logIds: readonly number[]): Promise<ActionItemRow[]> {
  if (logIds.length === 0) return [];
  return db
    .selectFrom('action_items')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('log_id', 'in', [...logIds])
    .orderBy('number')
    .orderBy('id')
    .execute();
}

/** Every action item of a pair, by number. */
export async function listAllItems(db: DbOrTrx, pairId: number): Promise<ActionItemRow[]> {
  return db.selectFrom('action_items').selectAll().where('pair_id', '=', pairId).orderBy('number').orderBy('id').execute();
}
