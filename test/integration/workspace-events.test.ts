import { describe, expect, it } from 'vitest';
import { listWorkspaceEvents, recordWorkspaceEvent } from '../../src/storage/admin/workspace.repository.js';
import { useTestDatabase } from '../support/use-database.js';

const database = useTestDatabase();

describe('recordWorkspaceEvent', () => {
  it('is true the first time and false for a retried delivery of the same event', async () => {
    const event = { eventId: 'Ev0FIRST', teamId: 'T1TEAM', type: 'app_uninstalled' };
    expect(await recordWorkspaceEvent(database.db, event)).toBe(true);
    expect(await recordWorkspaceEvent(database.db, event)).toBe(false);
    // The event id alone decides, whatever else the retry carries.
    expect(await recordWorkspaceEvent(database.db, { ...event, teamId: 'T2TEAM', type: 'tokens_revoked' })).toBe(false);

    const stored = await listWorkspaceEvents(database.db, 'T1TEAM');
    expect(stored.map(({ event_id, team_id, event_type }) => ({ event_id, team_id, event_type }))).toEqual([
      { event_id: 'Ev0FIRST', team_id: 'T1TEAM', event_type: 'app_uninstalled' },
    ]);
    expect(stored[0]?.received_at).toBeInstanceOf(Date);
    expect(await listWorkspaceEvents(database.db, 'T2TEAM')).toEqual([]);
  });

  it('stores distinct events of one workspace in arrival order', async () => {
    expect(await recordWorkspaceEvent(database.db, { eventId: 'Ev1A', teamId: 'T3TEAM', type: 'tokens_revoked' })).toBe(true);
    expect(await recordWorkspaceEvent(database.db, { eventId: 'Ev1B', teamId: 'T3TEAM', type: 'app_uninstalled' })).toBe(true);
    expect((await listWorkspaceEvents(database.db, 'T3TEAM')).map((row) => row.event_id)).toEqual(['Ev1A', 'Ev1B']);
  });

  it('is true exactly once when the same event arrives several times at once', async () => {
    const event = { eventId: 'Ev2RACE', teamId: 'T4TEAM', type: 'app_uninstalled' };
    const results = await Promise.all(Array.from({ length: 6 }, () => recordWorkspaceEvent(database.db, event)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await listWorkspaceEvents(database.db, 'T4TEAM')).toHaveLength(1);
  });
});
