import type { MeetingLog } from '../../domain/nurture/meeting-log-record.js';
import type { MeetingLogRow } from '../db/schema.js';

/** The one mapping of a `meeting_logs` row to its domain shape. */
export function toMeetingLog(row: MeetingLogRow): MeetingLog {
  return {
    id: row.id,
    pairId: row.pair_id,
    authorId: row.author_id,
    createdAt: row.created_at,
    summary: row.summary,
    achievements: row.achievements,
    nextSteps: row.next_steps,
    nextMeetingOn: row.next_meeting_on,
    source: row.source,
    messageTs: row.message_ts,
    metOn: row.met_on,
    nextMeetingAt: row.next_meeting_at,
    privateNote: row.private_note,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
  };
}
