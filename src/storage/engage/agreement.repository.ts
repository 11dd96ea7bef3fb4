import type { Agreement, StoredAgreement } from '../../domain/engage/agreement.js';
import type { DbOrTrx } from '../db/database.js';
import { toAgreement } from './agreement.mapper.js';

export async function findAgreement(db: DbOrTrx, pairId: number): Promise<StoredAgreement | undefined> {
  const row = await db.selectFrom('agreements').selectAll().where('pair_id', '=', pairId).executeTakeFirst();
  return row && toAgreement(row);
}

/** Saves the pair's agreement; the first save's time stays the agreement's date. */
export async function saveAgreement(
  db: DbOrTrx,
  pairId: number,
  agreement: Agreement,
  by: string,
  at: Date,
): Promise<StoredAgreement> {
  const values = {
    priorities: agreement.priorities,
    focus_areas: agreement.focusAreas,
    success_measures: agreement.successMeasures,
    frequency: agreement.frequency,
    meeting_minutes: agreement.meetingMinutes,
    starts_on: agreement.startsOn,
    ends_on: agreement.endsOn,
    preferred_day: agreement.preferredDay,
    preferred_time: agreement.preferredTime,
    updated_by: by,
    updated_at: at,
  };
  const row = await db
    .insertInto('agreements')
    .values({ pair_id: pairId, agreed_at: at, ...values })
    .onConflict((oc) => oc.column('pair_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgreement(row);
}

export async function setAgreementMessage(db: DbOrTrx, pairId: number, messageTs: string): Promise<void> {
  await db.updateTable('agreements').set({ message_ts: messageTs }).where('pair_id', '=', pairId).execute();
}

export async function setCadence(db: DbOrTrx, pairId: number, cadenceDays: number): Promise<void> {
  await db.updateTable('pairs').set({ cadence_days: cadenceDays }).where('id', '=', pairId).execute();
}
