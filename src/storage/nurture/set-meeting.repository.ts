import type { DbOrTrx } from '../db/database.js';
import type { StoredCalendarEvent } from '../../domain/nurture/calendar-event.js';

/** A meeting set without a log, as stored. */
export interface SetMeeting {
  pairId: number;
  meetingAt: Date;
  setBy: string;
  setAt: Date;
}

/** Sets (or moves) the pair's next meeting; the latest one set is the one kept. */
export async function upsertSetMeeting(db: DbOrTrx, meeting: SetMeeting): Promise<void> {
  await db
    .insertInto('set_meetings')
    .values({ pair_id: meeting.pairId, meeting_at: meeting.meetingAt, set_by: meeting.setBy, set_at: meeting.setAt })
    .onConflict((oc) => oc.column('pair_id').doUpdateSet({ meeting_at: meeting.meetingAt, set_by: meeting.setBy, set_at: meeting.setAt }))
    .execute();
}

export async function findSetMeeting(db: DbOrTrx, pairId: number): Promise<SetMeeting | undefined> {
  const row = await db.selectFrom('set_meetings').selectAll().where('pair_id', '=', pairId).executeTakeFirst();
  return row && { pairId: row.pair_id, meetingAt: row.meeting_at, setBy: row.set_by, setAt: row.set_at };
}

/** The calendar event last handed out for the pair, locked until the caller's transaction ends. */
export async function lockCalendarEvent(db: DbOrTrx, pairId: number): Promise<StoredCalendarEvent | undefined> {
  // The pair's row is the lock: two clicks at once take turns, and the second sees the first's event.
  await db.selectFrom('pairs').select('id').where('id', '=', pairId).forUpdate().executeTakeFirst();
  const row = await db.selectFrom('calendar_events').selectAll().where('pair_id', '=', pairId).executeTakeFirst();
  return row && { uid: row.uid, sequence: Number(row.sequence), meetingAt: row.meeting_at };
}

export async function saveCalendarEvent(db: DbOrTrx, pairId: number, event: StoredCalendarEvent, at: Date): Promise<void> {
  const values = { uid: event.uid, sequence: event.sequence, meeting_at: event.meetingAt, updated_at: at };
  await db
    .insertInto('calendar_events')
    .values({ pair_id: pairId, ...values })
    .onConflict((oc) => oc.column('pair_id').doUpdateSet(values))
    .execute();
}
