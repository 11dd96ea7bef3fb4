import type { DbOrTrx } from './database.js';

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
  const row = await db.selectFrom('workspace_events').select('id').where('team_id', '=', teamId).limit(1).executeTakeFirst();
  return row !== undefined;
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
