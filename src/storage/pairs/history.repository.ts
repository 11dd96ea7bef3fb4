import type { DbOrTrx } from '../db/database.js';
import type { ActionItem } from '../../domain/nurture/action-item.js';
import type { MeetingLog } from '../../domain/nurture/meeting-log-record.js';
import { toActionItem } from '../nurture/action-item.mapper.js';
import { toMeetingLog } from '../nurture/meeting-log.mapper.js';

/**
 * A meeting log as history and export read it: never deleted ones, and the private note only for
 * its author (another member's note never leaves the database).
 */
export type LogRecord = Pick<
  MeetingLog,
  'id' | 'authorId' | 'createdAt' | 'metOn' | 'summary' | 'achievements' | 'nextSteps' | 'nextMeetingOn' | 'privateNote'
>;

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
    .select([
      'id',
      'pair_id',
      'author_id',
      'created_at',
      'summary',
      'achievements',
      'next_steps',
      'next_meeting_on',
      'source',
      'message_ts',
      'met_on',
      'next_meeting_at',
      'edited_at',
      'deleted_at',
    ])
    // The note is chosen in SQL: another member's note is not even read.
    .select((eb) => eb.case().when('author_id', '=', reader).then(eb.ref('private_note')).else(null).end().as('private_note'))
    .where('pair_id', '=', pairId)
    .where('deleted_at', 'is', null)
    .orderBy((eb) => eb.fn.coalesce('met_on', eb.cast('created_at', 'date')), 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (page !== null) query = query.offset(page.offset).limit(page.limit);
  const rows = await query.execute();
  return rows.map(toMeetingLog);
}

/** Action items of some logs, by number. */
export async function listItemsOfLogs(db: DbOrTrx, pairId: number, logIds: readonly number[]): Promise<ActionItem[]> {
  if (logIds.length === 0) return [];
  const rows = await db
    .selectFrom('action_items')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('log_id', 'in', [...logIds])
    .orderBy('number')
    .orderBy('id')
    .execute();
  return rows.map(toActionItem);
}

/** Every action item of a pair, by number. */
export async function listAllItems(db: DbOrTrx, pairId: number): Promise<ActionItem[]> {
  const rows = await db.selectFrom('action_items').selectAll().where('pair_id', '=', pairId).orderBy('number').orderBy('id').execute();
  return rows.map(toActionItem);
}
