/**
 * Failures while sending a real nudge (the default job handler, the real scheduler gateway, the
 * Slack stand-in injecting errors): retries back off, the last one marks the job failed for the
 * admins, Slack's permanent refusals fail at once, and a 429 waits Retry-After without an attempt.
 * Every pass runs at a fixed time.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { CoachError } from '../../src/domain/errors.js';
import { jobsOverview } from '../../src/services/admin/jobs-overview.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { days, later, minutes, pendingJobsOfPair, schedulerContext, type SeededPair, TEAM_ID } from '../support/scheduler.js';

import { useSchedulerScenario } from '../support/use-scheduler.js';

// Monday 5 January 2026, 15:30 in Paris and 09:30 in New York.
const OPENED = new Date('2026-01-05T14:30:00Z');
// Cadence 14 days plus half of it: the meeting is overdue on Monday 26 January at the same hour,
// a working hour for both members; 14:00–16:00 UTC stays one until 16:00.
const DUE = later(OPENED, days(21));
const ADMIN = 'UADMIN1';

// A stand-in of its own per test, so an injected failure never outlives its test. `tick(at)` is one
// pass at `at`, as one `npm run tick -- --at` would run it: a scheduler gateway of its own each time
// (the per-channel pacer paces real seconds, which fixed-clock passes compress).
const { database, standIn, tick, pairAt } = useSchedulerScenario({ start: OPENED, adminUserIds: [ADMIN], freshStandIn: true });

beforeEach(() => {
  standIn.addUser({ id: ADMIN, name: 'admin', tz: 'UTC', locale: 'en-US' });
});

/** A nurture pair opened at OPENED with its nudges planned: one meeting_overdue job, due at DUE. */
async function nurturePair(): Promise<{ pair: SeededPair; jobId: number }> {
  const pair = await pairAt('nurture');
  await replanPair(schedulerContext(database.db, standIn, { clock: () => OPENED }), pair.pairId);
  const jobs = await pendingJobsOfPair(database.db, pair.pairId);
  expect(jobs.map((job) => ({ kind: job.kind, runAt: job.run_at }))).toEqual([{ kind: 'meeting_overdue', runAt: DUE }]);
  return { pair, jobId: jobs[0]!.id };
}

async function job(id: number) {
  return database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const posted = (pair: SeededPair) => standIn.messages(pair.channelId);

describe('retries', () => {
  it('a Slack error puts the job back for one minute later with the error, then it is sent once', async () => {
    const { pair, jobId } = await nurturePair();
    standIn.failNext('chat.postMessage', { error: 'internal_error' });

    expect(await tick(DUE)).toMatchObject({ claimed: 1, retried: 1, done: 0 });
    expect(await job(jobId)).toMatchObject({
      state: 'pending',
      attempts: 1,
      last_error: 'internal_error',
      run_at: later(DUE, minutes(1)),
      lease_expires_at: null,
      finished_at: null,
    });
    expect(posted(pair)).toHaveLength(0);

    expect((await tick(later(DUE, 30_000))).claimed).toBe(0);
    expect(await tick(later(DUE, minutes(1)))).toMatchObject({ claimed: 1, done: 1 });
    expect(await job(jobId)).toMatchObject({ state: 'done', attempts: 2, finished_at: later(DUE, minutes(1)) });
    expect(posted(pair)).toHaveLength(1);
    expect(posted(pair)[0]!.text).toBe(en.nudges.meetingOverdue.replace('{days}', '14'));

    expect((await tick(later(DUE, minutes(2)))).claimed).toBe(0);
    expect(posted(pair)).toHaveLength(1);
  });

  it('a replan while a retry waits keeps the back-off instead of pulling the job forward', async () => {
    const { pair, jobId } = await nurturePair();
    standIn.failNext('chat.postMessage', { error: 'internal_error' }, 2);
    expect(await tick(DUE)).toMatchObject({ retried: 1 });
    expect(await tick(later(DUE, minutes(1)))).toMatchObject({ retried: 1 });
    const waiting = later(later(DUE, minutes(1)), minutes(5));
    expect((await job(jobId)).run_at).toEqual(waiting);

    // Member activity replans the pair a minute later: the planner alone would say "now".
    await replanPair(schedulerContext(database.db, standIn, { clock: () => later(DUE, minutes(2)) }), pair.pairId);
    expect(await job(jobId)).toMatchObject({ state: 'pending', run_at: waiting });
    expect((await tick(later(DUE, minutes(3)))).claimed).toBe(0);
    expect(await tick(waiting)).toMatchObject({ claimed: 1, done: 1 });
    expect(posted(pair)).toHaveLength(1);
  });

  it('backs off 1, 5, 15 and 60 minutes; after the fifth attempt the job is failed and shown to admins', async () => {
    const { pair, jobId } = await nurturePair();
    standIn.failNext('chat.postMessage', { error: 'internal_error' }, 5);

    let at = DUE;
    for (const [attempt, waitMinutes] of [[1, 1], [2, 5], [3, 15], [4, 60]] as const) {
      // Just before the retry is due, nothing happens.
      if (attempt > 1) expect((await tick(later(at, -1))).claimed).toBe(0);
      expect(await tick(at)).toMatchObject({ claimed: 1, retried: 1 });
      const row = await job(jobId);
      expect(row).toMatchObject({ state: 'pending', attempts: attempt, last_error: 'internal_error' });
      expect(row.run_at).toEqual(later(at, minutes(waitMinutes)));
      at = row.run_at;
    }
    // 15:51 UTC: still a working hour for both, so the fifth attempt really runs, and fails.
    expect(at).toEqual(later(DUE, minutes(81)));
    expect(await tick(at)).toMatchObject({ claimed: 1, failed: 1, retried: 0 });
    const failed = await job(jobId);
    expect(failed).toMatchObject({ state: 'failed', attempts: 5, last_error: 'internal_error', lease_expires_at: null });
    expect(failed.finished_at).toEqual(at);
    expect(posted(pair)).toHaveLength(0);
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(5);

    // Never tried again.
    expect((await tick(later(at, days(1)))).claimed).toBe(0);
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(5);

    const ctx = schedulerContext(database.db, standIn, { adminUserIds: [ADMIN] });
    const overview = await jobsOverview(ctx, { teamId: TEAM_ID, userId: ADMIN });
    expect(overview.failed).toBeGreaterThanOrEqual(1);
    expect(overview.recentFailures).toContainEqual({
      kind: 'meeting_overdue',
      channelId: pair.channelId,
      error: 'internal_error',
      attempts: 5,
      at,
    });
    // Another workspace's admin sees none of this workspace's jobs.
    expect(await jobsOverview(ctx, { teamId: 'T0OTHER', userId: ADMIN })).toEqual({ pending: 0, failed: 0, recentFailures: [] });
    await expect(jobsOverview(ctx, { teamId: TEAM_ID, userId: pair.menteeId })).rejects.toThrow(new CoachError('not_admin'));
  });

  it("a permanent Slack error (channel_not_found) fails the job at once", async () => {
    const { pair, jobId } = await nurturePair();
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });

    // The reminder fails; the admins' notice (the event's job queued by the failure, then the admin's) goes out in the same pass.
    expect(await tick(DUE)).toMatchObject({ claimed: 3, failed: 1, retried: 0, done: 2 });
    const row = await job(jobId);
    expect(row).toMatchObject({ state: 'failed', attempts: 1, last_error: 'channel_not_found', lease_expires_at: null });
    expect(row.finished_at).toEqual(DUE);
    expect(standIn.messages(ADMIN)).toHaveLength(1);
    expect((await tick(later(DUE, minutes(1)))).claimed).toBe(0);
    expect(posted(pair)).toHaveLength(0);
  });

  it('an archived channel (is_archived, as Slack answers it) fails the job at once', async () => {
    const { pair, jobId } = await nurturePair();
    standIn.channels.get(pair.channelId)!.archived = true;

    // The reminder fails; the admins' notice about it (the event's job, then the admin's) is sent in the same pass.
    expect(await tick(DUE)).toMatchObject({ claimed: 3, failed: 1, done: 2 });
    expect(await job(jobId)).toMatchObject({ state: 'failed', attempts: 1, last_error: 'is_archived' });
    // One try in the channel; the other post is the admin being told (test/e2e/faults-slack.test.ts).
    expect(standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === pair.channelId)).toHaveLength(1);
  });

  it('a 429 postpones the job by Retry-After without spending an attempt', async () => {
    const { pair, jobId } = await nurturePair();
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 30 });

    expect(await tick(DUE)).toMatchObject({ claimed: 1, postponed: 1, retried: 0, failed: 0 });
    expect(await job(jobId)).toMatchObject({ state: 'pending', attempts: 0, run_at: later(DUE, 30_000), lease_expires_at: null });
    expect(posted(pair)).toHaveLength(0);

    expect((await tick(later(DUE, 29_000))).claimed).toBe(0);
    expect(await tick(later(DUE, 30_000))).toMatchObject({ claimed: 1, done: 1 });
    expect(await job(jobId)).toMatchObject({ state: 'done', attempts: 1 });
    expect(posted(pair)).toHaveLength(1);
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(2);
  });
});
