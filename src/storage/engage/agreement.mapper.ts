import type { StoredAgreement } from '../../domain/engage/agreement.js';
import type { AgreementRow } from '../db/schema.js';

/** The one mapping of an `agreements` row to its domain shape. */
export function toAgreement(row: AgreementRow): StoredAgreement {
  return {
    pairId: row.pair_id,
    priorities: row.priorities,
    focusAreas: row.focus_areas,
    successMeasures: row.success_measures,
    frequency: row.frequency,
    meetingMinutes: row.meeting_minutes,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    preferredDay: row.preferred_day,
    preferredTime: row.preferred_time,
    agreedAt: row.agreed_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    messageTs: row.message_ts,
  };
}
