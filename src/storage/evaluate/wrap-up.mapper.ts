import type { WrapUp } from '../../domain/evaluate/wrap-up.js';
import type { WrapUpRow } from '../db/schema.js';

/** The one mapping of a `wrap_ups` row to its domain shape. */
export function toWrapUp(row: WrapUpRow): WrapUp {
  return {
    id: row.id,
    pairId: row.pair_id,
    startedBy: row.started_by,
    startedAt: row.started_at,
    lastMeetingOn: row.last_meeting_on,
    lastMeetingAt: row.last_meeting_at,
    lastMeetingSetBy: row.last_meeting_set_by,
    lastMeetingSetAt: row.last_meeting_set_at,
    remindedBy: row.reminded_by,
    remindedAt: row.reminded_at,
    summaryAt: row.summary_at,
    summaryTs: row.summary_ts,
    decision: row.decision,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    nextEndOn: row.next_end_on,
  };
}
