import type { RowProblem } from '../../domain/programme/pair-list.js';
import type { DbOrTrx } from '../db/database.js';
import type { Selectable, Updateable } from 'kysely';
import type { BulkPairingRowTable, BulkPairingState, BulkPairingTable, BulkRowState } from '../db/programme-schema.js';

/** A "pair many" list and what became of its lines: ids, cohorts and error codes only, never pasted text. */
export interface BulkPairing {
  id: number;
  teamId: string;
  createdBy: string;
  createdAt: Date;
  state: BulkPairingState;
  progress: { channelId: string; ts: string } | null;
}

export interface BulkRow {
  id: number;
  lineNo: number;
  mentorId: string | null;
  menteeId: string | null;
  cohort: string | null;
  state: BulkRowState;
  problem: string | null;
  pairId: number | null;
}

export interface NewBulkRow {
  lineNo: number;
  mentorId: string | null;
  menteeId: string | null;
  cohort: string | null;
  problem: RowProblem | null;
}

export type BulkCounts = Record<BulkRowState, number>;

/** Stores a previewed list: its lines 'ready' or 'invalid' with their problem. Run in a transaction. */
export async function insertBulkPairing(db: DbOrTrx, bulk: { teamId: string; createdBy: string; at: Date; rows: readonly NewBulkRow[] }): Promise<number> {
  const { id } = await db
    .insertInto('bulk_pairings')
    .values({ team_id: bulk.teamId, created_by: bulk.createdBy, created_at: bulk.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (bulk.rows.length > 0) {
    await db
      .insertInto('bulk_pairing_rows')
      .values(
        bulk.rows.map((row) => ({
          bulk_id: id,
          line_no: row.lineNo,
          mentor_id: row.mentorId,
          mentee_id: row.menteeId,
          cohort_name: row.cohort,
          state: row.problem === null ? ('ready' as const) : ('invalid' as const),
          problem: row.problem,
        })),
      )
      .execute();
  }
  return id;
}

export async function findBulkPairing(db: DbOrTrx, bulkId: number): Promise<BulkPairing | undefined> {
  const row = await db.selectFrom('bulk_pairings').selectAll().where('id', '=', bulkId).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    teamId: row.team_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    state: row.state,
    progress: row.progress_channel !== null && row.progress_ts !== null ? { channelId: row.progress_channel, ts: row.progress_ts } : null,
  };
}

/** preview -> running, once: a second click (or a retried one) changes nothing and says so. */
export async function confirmBulkPairing(db: DbOrTrx, bulkId: number, at: Date): Promise<boolean> {
  return leavePreview(db, bulkId, { state: 'running', confirmed_at: at });
}

async function leavePreview(db: DbOrTrx, bulkId: number, change: Updateable<BulkPairingTable>): Promise<boolean> {
  const result = await db.updateTable('bulk_pairings').set(change).where('id', '=', bulkId).where('state', '=', 'preview').executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function finishBulkPairing(db: DbOrTrx, bulkId: number, at: Date): Promise<void> {
  await db.updateTable('bulk_pairings').set({ state: 'done', finished_at: at }).where('id', '=', bulkId).where('state', '=', 'running').execute();
}

export async function setBulkProgressMessage(db: DbOrTrx, bulkId: number, channelId: string, ts: string): Promise<void> {
  await db.updateTable('bulk_pairings').set({ progress_channel: channelId, progress_ts: ts }).where('id', '=', bulkId).execute();
}

function toRow(row: Omit<Selectable<BulkPairingRowTable>, 'bulk_id'>): BulkRow {
  return {
    id: row.id,
    lineNo: row.line_no,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    cohort: row.cohort_name,
    state: row.state,
    problem: row.problem,
    pairId: row.pair_id,
  };
}

export async function listBulkRows(db: DbOrTrx, bulkId: number): Promise<BulkRow[]> {
  const rows = await db.selectFrom('bulk_pairing_rows').selectAll().where('bulk_id', '=', bulkId).orderBy('line_no').execute();
  return rows.map(toRow);
}

/** The next lines to open, in list order. */
export async function listReadyRows(db: DbOrTrx, bulkId: number, limit: number): Promise<BulkRow[]> {
  const rows = await db
    .selectFrom('bulk_pairing_rows')
    .selectAll()
    .where('bulk_id', '=', bulkId)
    .where('state', '=', 'ready')
    .orderBy('line_no')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

/** Records what became of a ready line; false when it was settled already (a replica got there first). */
export async function settleBulkRow(
  db: DbOrTrx,
  rowId: number,
  outcome: { state: 'opened'; pairId: number } | { state: 'failed'; problem: string },
): Promise<boolean> {
  const result = await db
    .updateTable('bulk_pairing_rows')
    .set(outcome.state === 'opened' ? { state: 'opened', pair_id: outcome.pairId, problem: null } : { state: 'failed', problem: outcome.problem })
    .where('id', '=', rowId)
    .where('state', '=', 'ready')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function countBulkRows(db: DbOrTrx, bulkId: number): Promise<BulkCounts> {
  const rows = await db
    .selectFrom('bulk_pairing_rows')
    .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
    .where('bulk_id', '=', bulkId)
    .groupBy('state')
    .execute();
  const counts: BulkCounts = { ready: 0, invalid: 0, opened: 0, failed: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}

/**
 * Which of these people already share an active pair, or a line waiting in a list being opened:
 * keys "idA idB" with the two ids sorted.
 */
export async function takenPairKeys(db: DbOrTrx, teamId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const ids = [...new Set(userIds)];
  const [pairs, queued] = await Promise.all([
    db
      .selectFrom('pairs')
      .select(['mentor_id', 'mentee_id'])
      .where('team_id', '=', teamId)
      .where('stage', '<>', 'closed')
      .where('mentor_id', 'in', ids)
      .where('mentee_id', 'in', ids)
      .execute(),
    db
      .selectFrom('bulk_pairing_rows as r')
      .innerJoin('bulk_pairings as b', 'b.id', 'r.bulk_id')
      .select(['r.mentor_id', 'r.mentee_id'])
      .where('b.team_id', '=', teamId)
      .where('b.state', '=', 'running')
      .where('r.state', '=', 'ready')
      .where('r.mentor_id', 'in', ids)
      .where('r.mentee_id', 'in', ids)
      .execute(),
  ]);
  const keys = new Set<string>();
  for (const row of [...pairs, ...queued]) if (row.mentor_id !== null && row.mentee_id !== null) keys.add([row.mentor_id, row.mentee_id].sort().join(' '));
  return keys;
}

/** preview -> cancelled, once. */
export async function cancelBulkPairing(db: DbOrTrx, bulkId: number, at: Date): Promise<boolean> {
  return leavePreview(db, bulkId, { state: 'cancelled', finished_at: at });
}

/** The list whose message is this one (its preview replaced "checking…" there), if any. */
export async function findBulkByMessage(db: DbOrTrx, channelId: string, ts: string): Promise<BulkPairing | undefined> {
  const row = await db.selectFrom('bulk_pairings').select('id').where('progress_channel', '=', channelId).where('progress_ts', '=', ts).executeTakeFirst();
  return row === undefined ? undefined : findBulkPairing(db, row.id);
}
