/**
 * app_uninstalled / tokens_revoked: scheduling stops for the workspace. Pending reminders are
 * cancelled, planning plans nothing, and a due job that is somehow pending still is not sent.
 * A file of its own: once the event is in, nothing more is sent anywhere in the stand-in's team.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { listDueJobs } from '../../src/storage/scheduling/job.repository.js';
import { type OpenedPair, Scenario } from '../support/e2e.js';
import { days, jobsOfPair, later, pendingJobsOfPair } from '../support/scheduler.js';
import { useScenario } from '../support/use-scenario.js';

// Monday 5 January 2026, 15:30 in Paris, 09:30 in New York.
const OPENED = new Date('2026-01-05T14:30:00Z');
// Tuesday 27 January: the meeting is overdue, at a working hour for both members.
const DUE = later(OPENED, days(22));

let pair: OpenedPair;

const { s, clock, tick, pairAt } = useScenario({ start: OPENED });

beforeAll(async () => {
  pair = await pairAt('nurture');
  // Generous: on a loaded machine the embedded database takes its time to open and move a pair to nurture.
}, 180_000);

const channelPosts = (mark: number) => s.callsSince(mark, 'chat.postMessage').filter((call) => call.params.channel === pair.channelId);

describe('the app removed from the workspace', () => {
  it('app_uninstalled (delivered with a retry): pending reminders are cancelled and a tick at their time sends nothing', async () => {
    const [job] = await pendingJobsOfPair(s.db, pair.pairId);
    expect(job?.kind).toBe('meeting_overdue');
    // Before the event, a tick at DUE would send it.
    expect((await listDueJobs(s.db, DUE)).map((row) => row.id)).toContain(job!.id);

    const first = await s.harness.slack.event({ type: 'app_uninstalled' }, { eventId: 'EvGONE1' });
    const retry = await s.harness.slack.event({ type: 'app_uninstalled' }, { eventId: 'EvGONE1', retryNum: 1, retryReason: 'http_timeout' });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await s.until(async () => (await jobsOfPair(s.db, pair.pairId)).find((row) => row.id === job!.id)?.state === 'cancelled');
    expect(await s.count('workspace_events')).toBe(1);

    const mark = s.standIn.calls.length;
    expect((await tick(DUE)).claimed).toBe(0);
    expect(channelPosts(mark)).toEqual([]);

    // A member's activity replans the pair: nothing is planned for a workspace that removed the app.
    await replanPair(s.harness.coach.ctx, pair.pairId);
    expect(await pendingJobsOfPair(s.db, pair.pairId)).toEqual([]);
    expect((await tick(later(DUE, days(1)))).claimed).toBe(0);
    expect(channelPosts(mark)).toEqual([]);
  });

  it('a job of that workspace found pending at its time (planned in a race with the event) is cancelled, not sent', async () => {
    const [job] = await jobsOfPair(s.db, pair.pairId);
    await s.db.updateTable('jobs').set({ state: 'pending', run_at: DUE, finished_at: null }).where('id', '=', job!.id).execute();
    const mark = s.standIn.calls.length;

    expect(await tick(later(DUE, days(2)))).toMatchObject({ claimed: 1, cancelled: 1, done: 0 });
    expect(channelPosts(mark)).toEqual([]);
    expect((await jobsOfPair(s.db, pair.pairId)).find((row) => row.id === job!.id)?.state).toBe('cancelled');
  });

  it('tokens_revoked, retried three times at once, is stored once and leaves nothing pending', async () => {
    const replies = await Promise.all(
      [1, 2, 3].map((retryNum) => s.harness.slack.event({ type: 'tokens_revoked', tokens: { bot: ['UBOT'] } }, { eventId: 'EvREVOKED9', retryNum })),
    );
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    await s.until(async () => (await s.count('workspace_events')) === 2);
    expect(await pendingJobsOfPair(s.db, pair.pairId)).toEqual([]);
  });
});

describe('the workspace back (issue 12, point 7)', () => {
  const revoked = async () => Number((await s.db.selectFrom('workspace_events').select((eb) => eb.fn.countAll<number>().as('n')).where('cleared_at', 'is', null).executeTakeFirstOrThrow()).n);

  it('the first signed request from it turns scheduling back on and replans its pairs; the reminder goes out', async () => {
    clock.set(OPENED);
    expect(await revoked()).toBeGreaterThan(0);
    expect(await pendingJobsOfPair(s.db, pair.pairId)).toEqual([]);

    // Any signed request will do: here a member asks for the pair's status.
    await s.run(pair.mentee, '/mentor', 'status', pair.channelId);
    await s.until(async () => (await pendingJobsOfPair(s.db, pair.pairId)).length > 0);
    expect(await revoked()).toBe(0);
    expect((await pendingJobsOfPair(s.db, pair.pairId)).map((job) => job.kind)).toContain('meeting_overdue');

    const mark = s.standIn.calls.length;
    expect((await tick(DUE)).done).toBeGreaterThanOrEqual(1);
    expect(channelPosts(mark).length).toBeGreaterThanOrEqual(1);
  });

  it('after a new app_uninstalled, a successful auth.test (the app starting with a working token) does the same', async () => {
    clock.set(later(DUE, days(1)));
    await s.harness.slack.event({ type: 'app_uninstalled' }, { eventId: 'EvGONE2' });
    await s.until(async () => (await revoked()) === 1);
    await s.until(async () => (await pendingJobsOfPair(s.db, pair.pairId)).length === 0);

    // A second app on the same database starts: Bolt's auth.test and ours succeed for the team.
    const lines: Array<{ message: string; details?: Record<string, unknown> }> = [];
    const again = await Scenario.start({ clock: clock.now, database: s.database, log: (message, details) => void lines.push({ message, details }) });
    try {
      await again.until(async () => (await revoked()) === 0);
      const resumed = await again.waitFor(() => lines.find((line) => line.message === 'workspace access back, scheduling resumed'));
      expect(resumed.details).toMatchObject({ teamId: s.standIn.teamId, pairs: 1 });
    } finally {
      await again.stop();
    }
  });
});
