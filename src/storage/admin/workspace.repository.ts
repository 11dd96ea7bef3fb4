import type { DbOrTrx } from '../db/database.js';

/** True when the event is new; a retried delivery of a stored event changes nothing. */
export async function recordWorkspaceEvent(
  db: DbOrTrx,
  event: { eventId: string; teamId: string; type: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('workspace_events')
    .values({ event_id: event.eventId, team_id: event.teamId, event_type: event.type })
    .onConflict((oc) => oc.column('event_id').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function listWorkspaceEvents(db: DbOrTrx, teamId: string) {
  return db.selectFrom('workspace_events').selectAll().where('team_id', '=', teamId).orderBy('id').execute();
}

/** True once the workspace removed the app or revoked its tokens: nothing more is scheduled or sent there. */
export async function isWorkspaceRevoked(db: DbOrTrx, teamId: string): Promise<boolean> {
  const row = await db
    .selectFrom('workspace_events')
    .select('id')
    .where('team_id', '=', teamId)
    .where('cleared_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The workspace was heard from again: its revocations stop counting. True when there was one to clear. */
export async function clearWorkspaceRevocation(db: DbOrTrx, teamId: string, at: Date): Promise<boolean> {
  const cleared = await db
    .updateTable('workspace_events')
    .set({ cleared_at: at })
    .where('team_id', '=', teamId)
    .where('cleared_at', 'is', null)
    .executeTakeFirst();
  return cleared.numUpdatedRows > 0n;
}

/** The open pairs of a workspace, by id. */
export async function listOpenPairIdsOfTeam(db: DbOrTrx, teamId: string): Promise<number[]> {
  const rows = await db.selectFrom('pairs').select('id').where('team_id', '=', teamId).where('stage', '<>', 'closed').execute();
  return rows.map((row) => row.id);
}

/** Cancels every pending job of the workspace's pairs. */
export async function cancelWorkspaceJobs(db: DbOrTrx, teamId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'cancelled', finished_at: now })
    .where('state', '=', 'pending')
    .where('pair_id', 'in', (eb) => eb.selectFrom('pairs').select('id').where('team_id', '=', teamId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
