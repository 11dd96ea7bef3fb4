import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/domain/stages.js';
import { insertActionItems } from '../../src/storage/nurture/action-item.repository.js';
import { insertMeetingLog } from '../../src/storage/nurture/meeting-log.repository.js';
import {
  attachChannel,
  deletePair,
  findActivePairOf,
  findPairByChannel,
  findPairById,
  insertPair,
  listStageChanges,
  moveStage,
  recordOpening,
} from '../../src/storage/pairs/pair.repository.js';
import type { PairRow } from '../../src/storage/db/schema.js';
import { useTestDatabase } from '../support/use-database.js';

/** Action items without due dates, as most tests here need. */
const undated = (texts: string[]) => texts.map((text) => ({ text, dueOn: null }));

const database = useTestDatabase();

// Each test works with its own people and team, so tests never see each other's rows.
let sequence = 0;
function people() {
  sequence += 1;
  return { team: `T${sequence}TEAM`, mentor: `U${sequence}MENTOR`, mentee: `U${sequence}MENTEE`, admin: `U${sequence}ADMIN` };
}

async function openPair(p: ReturnType<typeof people>): Promise<PairRow> {
  const row = await insertPair(database.db, { team_id: p.team, mentor_id: p.mentor, mentee_id: p.mentee, created_by: p.admin });
  if (!row) throw new Error('expected a new pair');
  return row;
}

async function stageOf(pairId: number): Promise<Stage | undefined> {
  return (await findPairById(database.db, pairId))?.stage;
}

describe('insertPair', () => {
  it('returns the stored row with its defaults', async () => {
    const p = people();
    const before = Date.now();
    const row = await openPair(p);
    expect(row).toMatchObject({
      team_id: p.team,
      mentor_id: p.mentor,
      mentee_id: p.mentee,
      created_by: p.admin,
      stage: 'prepare',
      locale: 'en',
      channel_id: null,
      channel_name: null,
      closed_at: null,
    });
    expect(typeof row.id).toBe('number');
    expect(row.created_at).toBeInstanceOf(Date);
    expect(Math.abs(row.created_at.getTime() - before)).toBeLessThan(60_000);
    expect(await findPairById(database.db, row.id)).toEqual(row);
  });

  it('stores the locale it is given', async () => {
    const p = people();
    const row = await insertPair(database.db, {
      team_id: p.team,
      mentor_id: p.mentor,
      mentee_id: p.mentee,
      created_by: p.admin,
      locale: 'fr',
    });
    expect(row?.locale).toBe('fr');
  });

  it.each([
    ['the same order', (p: ReturnType<typeof people>) => ({ mentor: p.mentor, mentee: p.mentee })],
    ['the other order', (p: ReturnType<typeof people>) => ({ mentor: p.mentee, mentee: p.mentor })],
  ])('refuses a second active pair for the same two people in %s', async (_label, order) => {
    const p = people();
    const first = await openPair(p);
    const { mentor, mentee } = order(p);
    const second = await insertPair(database.db, { team_id: p.team, mentor_id: mentor, mentee_id: mentee, created_by: 'U0OTHER' });
    expect(second).toBeUndefined();
    const rows = await database.db.selectFrom('pairs').selectAll().where('team_id', '=', p.team).execute();
    expect(rows).toEqual([first]);
  });

  it('allows the same two people in another workspace, and each of them with someone else', async () => {
    const p = people();
    await openPair(p);
    const values = { mentor_id: p.mentor, mentee_id: p.mentee, created_by: p.admin };
    expect(await insertPair(database.db, { ...values, team_id: `${p.team}2` })).toBeDefined();
    expect(await insertPair(database.db, { ...values, team_id: p.team, mentee_id: 'U0SOMEONE' })).toBeDefined();
    expect(await insertPair(database.db, { ...values, team_id: p.team, mentor_id: 'U0SOMEONE' })).toBeDefined();
  });

  it('allows a new pair for the same people once the old one is closed', async () => {
    const p = people();
    const first = await openPair(p);
    expect(await moveStage(database.db, { pairId: first.id, from: 'prepare', to: 'closed', by: p.mentee })).toBe(true);

    const second = await openPair(p);
    expect(second.id).not.toBe(first.id);
    expect(await insertPair(database.db, { team_id: p.team, mentor_id: p.mentee, mentee_id: p.mentor, created_by: p.admin })).toBeUndefined();

    // Closed relationships pile up as history; only the open one is unique.
    expect(await moveStage(database.db, { pairId: second.id, from: 'prepare', to: 'closed', by: p.mentor })).toBe(true);
    const third = await openPair(p);
    const all = await database.db.selectFrom('pairs').select(['id', 'stage']).where('team_id', '=', p.team).orderBy('id').execute();
    expect(all).toEqual([
      { id: first.id, stage: 'closed' },
      { id: second.id, stage: 'closed' },
      { id: third.id, stage: 'prepare' },
    ]);
  });

  it('lets only one of several concurrent openings for the same people through', async () => {
    const p = people();
    const attempts = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        insertPair(database.db, {
          team_id: p.team,
          mentor_id: i % 2 === 0 ? p.mentor : p.mentee,
          mentee_id: i % 2 === 0 ? p.mentee : p.mentor,
          created_by: p.admin,
        }),
      ),
    );
    expect(attempts.filter((row) => row !== undefined)).toHaveLength(1);
  });
});

describe('findActivePairOf', () => {
  it('finds the open pair in either order and ignores closed ones', async () => {
    const p = people();
    const pair = await openPair(p);
    expect((await findActivePairOf(database.db, p.team, p.mentor, p.mentee))?.id).toBe(pair.id);
    expect((await findActivePairOf(database.db, p.team, p.mentee, p.mentor))?.id).toBe(pair.id);
    expect(await findActivePairOf(database.db, 'T0ELSEWHERE', p.mentor, p.mentee)).toBeUndefined();
    await moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'closed', by: p.mentor });
    expect(await findActivePairOf(database.db, p.team, p.mentor, p.mentee)).toBeUndefined();
  });
});

describe('moveStage', () => {
  it('moves only from the stage the caller saw, and records each move', async () => {
    const p = people();
    const pair = await openPair(p);
    await recordOpening(database.db, pair.id, p.admin, pair.created_at);
    const at = new Date('2026-03-02T09:15:00.000Z');

    expect(await moveStage(database.db, { pairId: pair.id, from: 'engage', to: 'nurture', by: p.mentor, at })).toBe(false);
    expect(await stageOf(pair.id)).toBe('prepare');

    expect(await moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'engage', by: p.mentee, at })).toBe(true);
    expect(await stageOf(pair.id)).toBe('engage');
    // The same request replayed finds the pair has moved on.
    expect(await moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'engage', by: p.mentee, at })).toBe(false);

    const later = new Date('2026-03-20T17:00:00.000Z');
    expect(await moveStage(database.db, { pairId: pair.id, from: 'engage', to: 'prepare', by: p.mentor, at: later })).toBe(true);

    const changes = await listStageChanges(database.db, pair.id);
    expect(changes.map(({ from_stage, to_stage, changed_by, changed_at }) => ({ from_stage, to_stage, changed_by, changed_at }))).toEqual([
      { from_stage: null, to_stage: 'prepare', changed_by: p.admin, changed_at: expect.any(Date) },
      { from_stage: 'prepare', to_stage: 'engage', changed_by: p.mentee, changed_at: at },
      { from_stage: 'engage', to_stage: 'prepare', changed_by: p.mentor, changed_at: later },
    ]);
    expect((await findPairById(database.db, pair.id))?.closed_at).toBeNull();
  });

  it('sets closed_at on closing', async () => {
    const p = people();
    const pair = await openPair(p);
    const at = new Date('2026-05-31T12:00:00.000Z');
    expect(await moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'closed', by: p.mentor, at })).toBe(true);
    expect(await findPairById(database.db, pair.id)).toMatchObject({ stage: 'closed', closed_at: at });
    expect(await moveStage(database.db, { pairId: pair.id, from: 'closed', to: 'prepare', by: p.mentor, at })).toBe(true);
    expect(await findPairById(database.db, pair.id)).toMatchObject({ stage: 'prepare', closed_at: null });
  });

  it('returns false for a pair that does not exist', async () => {
    expect(await moveStage(database.db, { pairId: 987_654, from: 'prepare', to: 'engage', by: 'U0X' })).toBe(false);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('lets exactly one of two concurrent moves from the same stage through (round %i)', async () => {
    const p = people();
    const pair = await openPair(p);
    const results = await Promise.all([
      moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'engage', by: p.mentor }),
      moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'nurture', by: p.mentee }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results[0] ? 'engage' : 'nurture';
    expect(await stageOf(pair.id)).toBe(winner);
    const changes = await listStageChanges(database.db, pair.id);
    expect(changes.map((change) => [change.from_stage, change.to_stage])).toEqual([['prepare', winner]]);
  });
});

describe('channels', () => {
  it('attachChannel stores the channel, and findPairByChannel finds it only in its own workspace', async () => {
    const p = people();
    const pair = await openPair(p);
    const channel = `C${sequence}PAIR`;
    expect(await findPairByChannel(database.db, p.team, channel)).toBeUndefined();

    await attachChannel(database.db, pair.id, channel, 'mentoring-ana-ben');

    expect(await findPairByChannel(database.db, p.team, channel)).toMatchObject({
      id: pair.id,
      channel_id: channel,
      channel_name: 'mentoring-ana-ben',
    });
    expect(await findPairByChannel(database.db, 'T0ELSEWHERE', channel)).toBeUndefined();
    expect(await findPairByChannel(database.db, p.team, 'C0UNKNOWN')).toBeUndefined();
  });

  it('still finds a closed pair by its channel', async () => {
    const p = people();
    const pair = await openPair(p);
    await attachChannel(database.db, pair.id, `C${sequence}DONE`, 'mentoring-done');
    await moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'closed', by: p.mentor });
    expect((await findPairByChannel(database.db, p.team, `C${sequence}DONE`))?.stage).toBe('closed');
  });

  it('refuses to give one channel to two pairs of one workspace', async () => {
    const a = people();
    const b = { ...people(), team: a.team };
    const first = await openPair(a);
    const second = await openPair(b);
    await attachChannel(database.db, first.id, 'C0SHARED', 'mentoring-a');
    await expect(attachChannel(database.db, second.id, 'C0SHARED', 'mentoring-b')).rejects.toThrow(/unique|duplicate/i);
  });

  it('lets two workspaces use the same channel id, each its own', async () => {
    const first = await openPair(people());
    const other = await openPair(people());
    await attachChannel(database.db, first.id, 'C0BOTH', 'mentoring-a');
    await attachChannel(database.db, other.id, 'C0BOTH', 'mentoring-b');
    expect((await findPairByChannel(database.db, other.team_id, 'C0BOTH'))?.id).toBe(other.id);
    expect((await findPairByChannel(database.db, first.team_id, 'C0BOTH'))?.id).toBe(first.id);
  });
});

describe('deletePair', () => {
  it('removes the pair with its stage changes, logs and action items, and nothing of other pairs', async () => {
    const doomed = await openPair(people());
    const kept = await openPair(people());
    for (const pair of [doomed, kept]) {
      await recordOpening(database.db, pair.id, 'U0ADMIN', pair.created_at);
      await moveStage(database.db, { pairId: pair.id, from: 'prepare', to: 'engage', by: pair.mentor_id });
      const log = await insertMeetingLog(database.db, {
        pairId: pair.id,
        authorId: pair.mentee_id,
        summary: 'First meeting',
        achievements: null,
        nextSteps: 'call Ana',
        nextMeetingOn: '2026-04-01',
        source: 'command',
      });
      await insertActionItems(database.db, { pairId: pair.id, logId: log.id, createdBy: pair.mentee_id, items: undated(['call Ana', 'send CV']) });
      await insertActionItems(database.db, { pairId: pair.id, logId: null, createdBy: pair.mentor_id, items: undated(['book a room']) });
    }

    await deletePair(database.db, doomed.id);

    const count = async (table: 'stage_changes' | 'meeting_logs' | 'action_items', pairId: number) =>
      (await database.db.selectFrom(table).select('id').where('pair_id', '=', pairId).execute()).length;
    expect(await findPairById(database.db, doomed.id)).toBeUndefined();
    for (const table of ['stage_changes', 'meeting_logs', 'action_items'] as const) {
      expect(await count(table, doomed.id), table).toBe(0);
    }
    expect(await findPairById(database.db, kept.id)).toBeDefined();
    expect([await count('stage_changes', kept.id), await count('meeting_logs', kept.id), await count('action_items', kept.id)]).toEqual([
      2, 1, 3,
    ]);
  });
});
