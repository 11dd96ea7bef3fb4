/**
 * The planner against the database: planning twice gives the same jobs, a fact that makes a job
 * pointless cancels it, a fact that brings it back plans it again, and what was sent is never
 * planned twice. Real services and repositories, the Slack stand-in, fixed clocks.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CoachError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { pausePair, resumePair } from '../../src/services/scheduling/nudge-responses.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { recordLogFromText } from '../../src/services/nurture/record-log.js';
import { markActionItemDone } from '../../src/storage/nurture/action-item.repository.js';
import { appContext, days, jobsOfPair, later, pendingJobsOfPair, type SeededPair, TEAM_ID } from '../support/scheduler.js';

import { useSchedulerScenario } from '../support/use-scheduler.js';

// Monday 5 January 2026, 15:30 in Paris (the mentee) and 09:30 in New York (the mentor).
const OPENED = new Date('2026-01-05T14:30:00Z');

const { database, standIn, tick, pairAt } = useSchedulerScenario({ start: OPENED });
let now: Date;
let ctx: ServiceContext;

beforeEach(() => {
  now = OPENED;
  ctx = appContext(database.db, standIn, { clock: () => now });
});

async function addItem(pair: SeededPair, text: string, dueOn: string): Promise<number> {
  const row = await database.db
    .insertInto('action_items')
    .values({ pair_id: pair.pairId, text, created_by: pair.menteeId, due_on: dueOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What the planner stored, in a comparable shape. */
async function planned(pair: SeededPair) {
  return (await jobsOfPair(database.db, pair.pairId)).map((job) => ({
    id: job.id,
    kind: job.kind,
    key: job.dedupe_key,
    runAt: job.run_at.toISOString(),
    state: job.state,
    payload: job.payload,
  }));
}

const pendingKinds = async (pair: SeededPair) => (await pendingJobsOfPair(database.db, pair.pairId)).map((job) => job.kind).sort();

describe('planning is idempotent', () => {
  it('planning twice (or later, with the same facts) gives the same jobs: same ids, keys and times, no duplicates', async () => {
    const pair = await pairAt('nurture');
    const cv = await addItem(pair, 'Rewrite the CV', '2026-01-14');
    const pitch = await addItem(pair, 'Practise the elevator pitch', '2026-01-21');

    await replanPair(ctx, pair.pairId);
    const first = await planned(pair);
    expect(first.map(({ kind, key, runAt, state }) => ({ kind, key, runAt, state }))).toEqual([
      // 21 days after the opening, at that same hour: a working hour for both.
      { kind: 'meeting_overdue', key: `meeting_overdue:${pair.pairId}:${OPENED.toISOString()}`, runAt: '2026-01-26T14:30:00.000Z', state: 'pending' },
      // 09:00 in Paris the day before (03:00 in New York) waits for 09:00 in New York = 15:00 in Paris.
      { kind: 'action_due', key: `action_due:${pair.pairId}:${cv}:2026-01-14`, runAt: '2026-01-13T14:00:00.000Z', state: 'pending' },
      { kind: 'action_overdue', key: `action_overdue:${pair.pairId}:${cv}:2026-01-14`, runAt: '2026-01-15T14:00:00.000Z', state: 'pending' },
      { kind: 'action_due', key: `action_due:${pair.pairId}:${pitch}:2026-01-21`, runAt: '2026-01-20T14:00:00.000Z', state: 'pending' },
      { kind: 'action_overdue', key: `action_overdue:${pair.pairId}:${pitch}:2026-01-21`, runAt: '2026-01-22T14:00:00.000Z', state: 'pending' },
    ]);
    expect(first[1]!.payload).toEqual({ item: cv, due: '2026-01-14' });

    await replanPair(ctx, pair.pairId);
    expect(await planned(pair)).toEqual(first);

    // A day later nothing has changed about the pair: still the same rows.
    now = later(OPENED, days(1));
    await replanPair(ctx, pair.pairId);
    await replanPair(ctx, pair.pairId);
    expect(await planned(pair)).toEqual(first);
  });

  it('concurrent replans of one pair store each occurrence once', async () => {
    const pair = await pairAt('nurture');
    await addItem(pair, 'Research three companies', '2026-01-14');

    await Promise.all(Array.from({ length: 5 }, () => replanPair(ctx, pair.pairId)));

    const jobs = await planned(pair);
    expect(jobs).toHaveLength(3);
    expect(new Set(jobs.map((job) => job.key)).size).toBe(3);
    expect(jobs.every((job) => job.state === 'pending')).toBe(true);
  });
});

describe('a fact that makes a job pointless cancels it', () => {
  it('a meeting log cancels the overdue reminder and plans the next one from the log', async () => {
    const pair = await pairAt('nurture');
    await replanPair(ctx, pair.pairId);
    const [before] = await pendingJobsOfPair(database.db, pair.pairId);
    expect(before).toMatchObject({ kind: 'meeting_overdue', dedupe_key: `meeting_overdue:${pair.pairId}:${OPENED.toISOString()}` });

    // Thursday 15 January, 16:00 in Paris: the pair met and logged it.
    now = new Date('2026-01-15T15:00:00Z');
    await recordLogFromText(ctx, { teamId: TEAM_ID, channelId: pair.channelId, userId: pair.menteeId, text: 'We reviewed the CV' });

    const jobs = await jobsOfPair(database.db, pair.pairId);
    expect(jobs.find((job) => job.id === before!.id)).toMatchObject({ state: 'cancelled' });
    const pending = jobs.filter((job) => job.state === 'pending');
    expect(pending.map((job) => ({ kind: job.kind, key: job.dedupe_key, runAt: job.run_at }))).toEqual([
      {
        kind: 'meeting_overdue',
        key: `meeting_overdue:${pair.pairId}:${now.toISOString()}`,
        // 21 days after the log: Thursday 5 February, 16:00 in Paris and 10:00 in New York.
        runAt: new Date('2026-02-05T15:00:00Z'),
      },
      {
        // No date named and no agreement: the agenda of the two-week guess, Thursday 29 January at
        // 09:00 in Paris, goes out the day before at the same hour.
        kind: 'agenda',
        key: `agenda:${pair.pairId}:2026-01-29T08:00:00.000Z`,
        runAt: new Date('2026-01-28T08:00:00Z'),
      },
    ]);

    // When the old reminder would have gone out, nothing is due any more.
    const posts = standIn.messages(pair.channelId).length;
    expect((await tick(later(OPENED, days(22)))).claimed).toBe(0);
    expect(standIn.messages(pair.channelId)).toHaveLength(posts);
  });

  it('an action item done cancels its two reminders and leaves the others', async () => {
    const pair = await pairAt('nurture');
    const cv = await addItem(pair, 'Rewrite the CV', '2026-01-14');
    const pitch = await addItem(pair, 'Practise the elevator pitch', '2026-01-21');
    await replanPair(ctx, pair.pairId);

    now = new Date('2026-01-12T10:00:00Z');
    await markActionItemDone(database.db, cv, pair.menteeId, now);
    await replanPair(ctx, pair.pairId);

    const jobs = await jobsOfPair(database.db, pair.pairId);
    const ofItem = (id: number) => jobs.filter((job) => job.payload.item === id);
    expect(ofItem(cv).map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
    expect(ofItem(pitch).map((job) => job.state)).toEqual(['pending', 'pending']);
    expect(jobs.find((job) => job.kind === 'meeting_overdue')?.state).toBe('pending');
  });

  it('pausing cancels every pending job; resuming plans the same occurrences again', async () => {
    const pair = await pairAt('nurture');
    await addItem(pair, 'Rewrite the CV', '2026-01-14');
    await replanPair(ctx, pair.pairId);
    const before = await pendingJobsOfPair(database.db, pair.pairId);
    expect(before.map((job) => job.kind).sort()).toEqual(['action_due', 'action_overdue', 'meeting_overdue']);

    now = new Date('2026-01-07T15:00:00Z');
    await pausePair(ctx, { teamId: TEAM_ID, channelId: pair.channelId, userId: pair.mentorId });
    expect(await pendingKinds(pair)).toEqual([]);
    expect((await jobsOfPair(database.db, pair.pairId)).every((job) => job.state === 'cancelled')).toBe(true);
    // Planning again while paused plans nothing, and a pass sends nothing.
    await replanPair(ctx, pair.pairId);
    expect(await pendingKinds(pair)).toEqual([]);
    await expect(pausePair(ctx, { teamId: TEAM_ID, channelId: pair.channelId, userId: pair.menteeId })).rejects.toThrow(
      new CoachError('already_paused'),
    );

    now = new Date('2026-01-08T15:00:00Z');
    await resumePair(ctx, { teamId: TEAM_ID, channelId: pair.channelId, userId: pair.menteeId });
    const after = await pendingJobsOfPair(database.db, pair.pairId);
    expect(after.map((job) => ({ kind: job.kind, key: job.dedupe_key, runAt: job.run_at })).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      before.map((job) => ({ kind: job.kind, key: job.dedupe_key, runAt: job.run_at })).sort((a, b) => a.key.localeCompare(b.key)),
    );
    // Still one row per occurrence.
    const all = await jobsOfPair(database.db, pair.pairId);
    expect(new Set(all.map((job) => job.dedupe_key)).size).toBe(all.length);
    await expect(resumePair(ctx, { teamId: TEAM_ID, channelId: pair.channelId, userId: pair.menteeId })).rejects.toThrow(
      new CoachError('not_paused'),
    );

    // And the resumed reminder is sent when due.
    const result = await tick(new Date('2026-01-13T14:00:00Z'));
    expect(result.done).toBe(1);
    expect(standIn.messages(pair.channelId).at(-1)?.text).toContain('Rewrite the CV');
  });

  it('a closed pair has nothing planned', async () => {
    const pair = await pairAt('nurture');
    await replanPair(ctx, pair.pairId);
    expect(await pendingKinds(pair)).toEqual(['meeting_overdue']);

    await database.db.updateTable('pairs').set({ stage: 'closed', closed_at: now }).where('id', '=', pair.pairId).execute();
    await replanPair(ctx, pair.pairId);
    expect(await pendingKinds(pair)).toEqual([]);
  });
});

describe('what was sent is never planned again', () => {
  it('a sent reminder stays sent when the pair is planned again later', async () => {
    const pair = await pairAt('nurture');
    await replanPair(ctx, pair.pairId);
    const due = new Date('2026-01-26T14:30:00Z');

    now = due;
    expect(await tick(due)).toMatchObject({ claimed: 1, done: 1 });
    const sent = standIn.messages(pair.channelId).length;

    for (const at of [due, later(due, days(1)), later(due, days(3))]) {
      now = at;
      await replanPair(ctx, pair.pairId);
      await tick(at);
    }
    const jobs = await jobsOfPair(database.db, pair.pairId);
    expect(jobs.filter((job) => job.kind === 'meeting_overdue').map((job) => job.state)).toEqual(['done']);
    expect(standIn.messages(pair.channelId)).toHaveLength(sent);
  });

  it('a job whose reason went away without a replan is cancelled by the worker, not sent', async () => {
    const pair = await pairAt('nurture');
    await replanPair(ctx, pair.pairId);
    // A log stored without replanning (say the replan failed): the worker checks the facts itself.
    await database.db
      .insertInto('meeting_logs')
      .values({ pair_id: pair.pairId, author_id: pair.menteeId, summary: 'We met', source: 'command', created_at: new Date('2026-01-20T15:00:00Z') })
      .execute();

    const due = new Date('2026-01-26T14:30:00Z');
    now = due;
    expect(await tick(due)).toMatchObject({ claimed: 1, cancelled: 1, done: 0 });
    expect(standIn.messages(pair.channelId)).toHaveLength(0);
    expect((await jobsOfPair(database.db, pair.pairId))[0]).toMatchObject({ state: 'cancelled', attempts: 1 });
  });
});
