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
