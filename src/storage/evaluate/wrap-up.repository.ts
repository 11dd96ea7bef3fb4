import type { ReflectionDraft } from '../../domain/evaluate/reflection.js';
import type { DbOrTrx } from '../db/database.js';
import type { StoredReflection, WrapUp } from '../../domain/evaluate/wrap-up.js';
import type { PairOutcome } from '../../domain/evaluate/reflection.js';
import { toReflection } from './reflection.mapper.js';
import { toWrapUp } from './wrap-up.mapper.js';

/** The pair's wrap-up under way (not decided yet), if any. */
export async function findOpenWrapUp(db: DbOrTrx, pairId: number): Promise<WrapUp | undefined> {
  const row = await db.selectFrom('wrap_ups').selectAll().where('pair_id', '=', pairId).where('decision', 'is', null).executeTakeFirst();
  return row && toWrapUp(row);
}

/** The wrap-up under way, started now if there is none (a partial unique index keeps it to one). */
export async function openWrapUp(db: DbOrTrx, start: { pairId: number; by: string; at: Date }): Promise<WrapUp> {
  await db
    .insertInto('wrap_ups')
    .values({ pair_id: start.pairId, started_by: start.by, started_at: start.at })
    .onConflict((oc) => oc.column('pair_id').where('decision', 'is', null).doNothing())
    .execute();
  const row = await findOpenWrapUp(db, start.pairId);
  if (!row) throw new Error('the wrap-up could not be started');
  return row;
}

export async function setLastMeeting(
  db: DbOrTrx,
  wrapUpId: number,
  meeting: { on: string; at: Date; by: string; setAt: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('wrap_ups')
    .set({ last_meeting_on: meeting.on, last_meeting_at: meeting.at, last_meeting_set_by: meeting.by, last_meeting_set_at: meeting.setAt })
    .where('id', '=', wrapUpId)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The first /wrap-up confirm with a reflection missing: true only for the one that records the reminder. */
export async function claimReminder(db: DbOrTrx, wrapUpId: number, by: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('wrap_ups')
    .set({ reminded_by: by, reminded_at: at })
    .where('id', '=', wrapUpId)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** True for the one caller that gets to post the summary: two last reflections at once post one. */
export async function claimSummary(db: DbOrTrx, wrapUpId: number, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('wrap_ups')
    .set({ summary_at: at })
    .where('id', '=', wrapUpId)
    .where('summary_at', 'is', null)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setSummaryMessage(db: DbOrTrx, wrapUpId: number, ts: string): Promise<void> {
  await db.updateTable('wrap_ups').set({ summary_ts: ts }).where('id', '=', wrapUpId).execute();
}

/** Records the decision once: a double click, or both members at once, find it already taken. */
export async function decideWrapUp(
  db: DbOrTrx,
  decision: { wrapUpId: number; pairId: number; outcome: PairOutcome; by: string; at: Date; nextEndOn: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('wrap_ups')
    .set({ decision: decision.outcome, decided_by: decision.by, decided_at: decision.at, next_end_on: decision.nextEndOn })
    .where('id', '=', decision.wrapUpId)
    .where('decision', 'is', null)
    .where('summary_at', 'is not', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await db
    .updateTable('pairs')
    .set({ outcome: decision.outcome, outcome_by: decision.by, outcome_at: decision.at })
    .where('id', '=', decision.pairId)
    .execute();
  return true;
}

/** Writes a member's reflection, or replaces it (the first writing's time is kept). */
export async function saveReflection(
  db: DbOrTrx,
  write: { wrapUpId: number; pairId: number; userId: string; reflection: ReflectionDraft; at: Date },
): Promise<void> {
  const r = write.reflection;
  const values = {
    learned: r.learned,
    goal_attainment: r.goal,
    goal_comment: r.goalComment,
    steps: JSON.stringify(r.steps),
    expectations: r.expectations,
    expectations_comment: r.expectationsComment,
    highlight: r.highlight,
    next_step: r.next,
    thanks: r.thanks,
    updated_at: write.at,
  };
  await db
    .insertInto('reflections')
    .values({ wrap_up_id: write.wrapUpId, pair_id: write.pairId, user_id: write.userId, created_at: write.at, ...values })
    .onConflict((oc) => oc.columns(['wrap_up_id', 'user_id']).doUpdateSet(values))
    .execute();
}

export async function listReflections(db: DbOrTrx, wrapUpId: number): Promise<StoredReflection[]> {
  const rows = await db.selectFrom('reflections').selectAll().where('wrap_up_id', '=', wrapUpId).orderBy('created_at').orderBy('user_id').execute();
  return rows.map(toReflection);
}

export async function findReflection(db: DbOrTrx, wrapUpId: number, userId: string): Promise<StoredReflection | undefined> {
  const row = await db.selectFrom('reflections').selectAll().where('wrap_up_id', '=', wrapUpId).where('user_id', '=', userId).executeTakeFirst();
  return row && toReflection(row);
}

/** Every wrap-up of a pair with its reflections, oldest first (for the export). */
export async function listWrapUpsWithReflections(db: DbOrTrx, pairId: number): Promise<Array<WrapUp & { reflections: StoredReflection[] }>> {
  const [wrapUps, reflections] = await Promise.all([
    db.selectFrom('wrap_ups').selectAll().where('pair_id', '=', pairId).orderBy('id').execute(),
    db.selectFrom('reflections').selectAll().where('pair_id', '=', pairId).orderBy('created_at').orderBy('user_id').execute(),
  ]);
  return wrapUps.map((w) => ({ ...toWrapUp(w), reflections: reflections.filter((r) => r.wrap_up_id === w.id).map(toReflection) }));
}

/** A new cycle's end becomes the agreement's end: its reminders before the end follow it. */
export async function setAgreementEnd(db: DbOrTrx, pairId: number, endsOn: string, by: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('agreements')
    .set({ ends_on: endsOn, updated_by: by, updated_at: at })
    .where('pair_id', '=', pairId)
    // An agreement whose start lies beyond the new end keeps its own dates.
    .where('starts_on', '<', endsOn)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
