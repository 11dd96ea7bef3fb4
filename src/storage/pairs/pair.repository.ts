import type { OpenStage, Stage } from '../../domain/stages.js';
import type { DbOrTrx } from '../db/database.js';
import type { Locale } from '../../domain/locale.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { toPair } from './pair.mapper.js';

/** What opening a pair writes; the rest takes the table's defaults. */
export interface NewPair {
  teamId: string;
  mentorId: string;
  menteeId: string;
  createdBy: string;
  locale?: Locale;
  createdAt?: Date;
  lastActivityAt?: Date;
}

export async function insertPair(db: DbOrTrx, pair: NewPair): Promise<Pair | undefined> {
  // The partial unique index refuses a second active pair for the same two people; that is not an error here.
  const row = await db
    .insertInto('pairs')
    .values({
      team_id: pair.teamId,
      mentor_id: pair.mentorId,
      mentee_id: pair.menteeId,
      created_by: pair.createdBy,
      locale: pair.locale,
      created_at: pair.createdAt,
      last_activity_at: pair.lastActivityAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && toPair(row);
}

export async function findActivePairOf(
  db: DbOrTrx,
  teamId: string,
  userA: string,
  userB: string,
): Promise<Pair | undefined> {
  const row = await db
    .selectFrom('pairs')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('stage', '<>', 'closed')
    .where((eb) =>
      eb.or([
        eb.and([eb('mentor_id', '=', userA), eb('mentee_id', '=', userB)]),
        eb.and([eb('mentor_id', '=', userB), eb('mentee_id', '=', userA)]),
      ]),
    )
    .executeTakeFirst();
  return row && toPair(row);
}

export async function attachChannel(db: DbOrTrx, pairId: number, channelId: string, channelName: string): Promise<void> {
  await db
    .updateTable('pairs')
    .set({ channel_id: channelId, channel_name: channelName })
    .where('id', '=', pairId)
    .execute();
}

export async function deletePair(db: DbOrTrx, pairId: number): Promise<void> {
  await db.deleteFrom('pairs').where('id', '=', pairId).execute();
}

export async function findPairByChannel(db: DbOrTrx, teamId: string, channelId: string): Promise<Pair | undefined> {
  const row = await db
    .selectFrom('pairs')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  return row && toPair(row);
}

export async function findPairById(db: DbOrTrx, pairId: number): Promise<Pair | undefined> {
  const row = await db.selectFrom('pairs').selectAll().where('id', '=', pairId).executeTakeFirst();
  return row && toPair(row);
}

/**
 * Two statements: callers run it in a transaction so the stage and its history never disagree.
 * Moves a pair only if it is still where the caller saw it, so two members (or a retried request)
 * changing the stage at once produce one change, not two.
 */
export async function moveStage(
  db: DbOrTrx,
  change: { pairId: number; from: Stage; to: OpenStage | 'closed'; by: string; at?: Date },
): Promise<boolean> {
  const at = change.at ?? new Date();
  const moved = await db
    .updateTable('pairs')
    .set({ stage: change.to, closed_at: change.to === 'closed' ? at : null })
    .where('id', '=', change.pairId)
    .where('stage', '=', change.from)
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) return false;
  await db
    .insertInto('stage_changes')
    .values({ pair_id: change.pairId, from_stage: change.from, to_stage: change.to, changed_by: change.by, changed_at: at })
    .execute();
  return true;
}

export async function recordOpening(db: DbOrTrx, pairId: number, by: string, at: Date): Promise<void> {
  await db
    .insertInto('stage_changes')
    .values({ pair_id: pairId, from_stage: null, to_stage: 'prepare', changed_by: by, changed_at: at })
    .execute();
}

export async function listStageChanges(db: DbOrTrx, pairId: number) {
  return db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}


/** Something a member did: nudges count their silence from here. */
export async function touchActivity(db: DbOrTrx, pairId: number, at: Date): Promise<void> {
  await db.updateTable('pairs').set({ last_activity_at: at }).where('id', '=', pairId).execute();
}

/** Pauses (by = user) or resumes (by = null) a pair's nudges; false when it already was that way. */
export async function setPaused(db: DbOrTrx, pairId: number, by: string | null, at: Date): Promise<boolean> {
  const changed = await db
    .updateTable('pairs')
    .set(by === null ? { paused_at: null, paused_by: null, last_activity_at: at } : { paused_at: at, paused_by: by })
    .where('id', '=', pairId)
    .where('paused_at', by === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return changed.numUpdatedRows > 0n;
}
