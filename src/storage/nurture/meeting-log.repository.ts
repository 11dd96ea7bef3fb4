import type { DbOrTrx } from '../db/database.js';
import type { MeetingLog } from '../../domain/nurture/meeting-log-record.js';
import { toMeetingLog } from './meeting-log.mapper.js';

export interface NewMeetingLog {
  pairId: number;
  authorId: string;
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  nextMeetingOn: string | null;
  /** The author's calendar day of the meeting. */
  metOn?: string | null;
  nextMeetingAt?: Date | null;
  /** Kept for the author only; never posted. */
  privateNote?: string | null;
  source: 'command' | 'form';
  createdAt?: Date;
}

export async function insertMeetingLog(db: DbOrTrx, log: NewMeetingLog): Promise<MeetingLog> {
  const row = await db
    .insertInto('meeting_logs')
    .values({
      pair_id: log.pairId,
      author_id: log.authorId,
      summary: log.summary,
      achievements: log.achievements,
      next_steps: log.nextSteps,
      next_meeting_on: log.nextMeetingOn,
      met_on: log.metOn ?? null,
      next_meeting_at: log.nextMeetingAt ?? null,
      private_note: log.privateNote ?? null,
      source: log.source,
      created_at: log.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMeetingLog(row);
}

export async function setLogMessage(db: DbOrTrx, logId: number, messageTs: string): Promise<void> {
  await db.updateTable('meeting_logs').set({ message_ts: messageTs }).where('id', '=', logId).execute();
}

/** What message_ts holds while one "Post it again" is posting the record: no other may start. */
const POSTING = 'posting:';

/** The posted record's ts, or null while none is up (not yet, or one being posted right now). */
export const postedTs = (messageTs: string | null): string | null => (messageTs?.startsWith(POSTING) ? null : messageTs);

/**
 * Claims an unposted log for one poster (two clicks at once, or both members): true for the one
 * that may post. The claim is a mark in message_ts, replaced by the ts, or cleared if the post fails.
 */
export async function claimLogPost(db: DbOrTrx, logId: number, claim: string): Promise<boolean> {
  const row = await db
    .updateTable('meeting_logs')
    .set({ message_ts: POSTING + claim })
    .where('id', '=', logId)
    .where('message_ts', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives an unposted log back after its post failed, so "Post it again" can be tried again. */
export async function releaseLogPost(db: DbOrTrx, logId: number, claim: string): Promise<void> {
  await db.updateTable('meeting_logs').set({ message_ts: null }).where('id', '=', logId).where('message_ts', '=', POSTING + claim).execute();
}

export interface LogStats {
  count: number;
  lastAt: Date | null;
  nextMeetingOn: string | null;
}

export async function meetingLogStats(db: DbOrTrx, pairId: number): Promise<LogStats> {
  const [counts, last] = await Promise.all([
    db
      .selectFrom('meeting_logs')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('created_at').as('last_at')])
      .where('pair_id', '=', pairId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('meeting_logs')
      .select('next_meeting_on')
      .where('pair_id', '=', pairId)
      .where('deleted_at', 'is', null)
      // A later log that names no date does not cancel the date an earlier one set.
      .where('next_meeting_on', 'is not', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    count: Number(counts.count),
    lastAt: counts.last_at ?? null,
    nextMeetingOn: last?.next_meeting_on ?? null,
  };
}

export async function findMeetingLog(db: DbOrTrx, logId: number): Promise<MeetingLog | undefined> {
  const row = await db.selectFrom('meeting_logs').selectAll().where('id', '=', logId).executeTakeFirst();
  return row && toMeetingLog(row);
}

export async function markLogDeleted(db: DbOrTrx, logId: number, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('meeting_logs')
    .set({ deleted_at: at })
    .where('id', '=', logId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
