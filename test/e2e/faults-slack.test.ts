/**
 * Slack failing while the scheduler posts: a channel archived, the bot removed or the channel gone
 * sets the pair aside (why and when stored on the pair, its reminders stopped, the admins told once,
 * shown on the admins' Home) until a member runs `/mentor resume`; a 429 waits Retry-After without
 * spending an attempt; 5xx answers are retried a bounded number of times. The real app, the real
 * scheduler gateway and the stand-in injecting the failures; every pass runs at a fixed time.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import type { ChannelProblem } from '../../src/domain/channel-problems.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { allText, type OpenedPair } from '../support/e2e.js';
import { days, hours, jobsOfPair, later, pendingJobsOfPair } from '../support/scheduler.js';
import { useScenario } from '../support/use-scenario.js';

// Monday 5 January 2026, 15:30 in Paris, 09:30 in New York.
const OPENED = new Date('2026-01-05T14:30:00Z');
// Tuesday 27 January: the meeting is overdue (21 days), and it is a working hour for both members.
const DUE = later(OPENED, days(22));

const { s, clock, tick, pairAt } = useScenario({ start: OPENED, cancelJobs: true });

/** A pair in nurture, opened at OPENED, with a second reminder planned: an action item due on 10 February. */
async function nurturePair(): Promise<OpenedPair> {
  const pair = await pairAt('nurture');
  await s.db.insertInto('action_items').values({ pair_id: pair.pairId, text: 'Send the CV', created_by: pair.mentee.id, due_on: '2026-02-10' }).execute();
  await replanPair(s.harness.coach.ctx, pair.pairId);
  expect((await pendingJobsOfPair(s.db, pair.pairId)).map((job) => job.kind).sort()).toEqual(['action_due', 'action_overdue', 'meeting_overdue']);
  return pair;
}

/** chat.postMessage calls into the pair's channel since `mark` (a count of calls taken earlier). */
const channelPosts = (pair: OpenedPair, mark: number) => s.callsSince(mark, 'chat.postMessage').filter((call) => call.params.channel === pair.channelId);
const adminDms = () => s.standIn.messages(s.admin.id);

/** The lines of `userId`'s Home tab that name the pair's channel. */
async function homeLines(userId: string, pair: OpenedPair): Promise<string[]> {
  const before = s.standIn.callsTo('views.publish').length;
  await s.harness.slack.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
  const call = await s.waitFor(() => s.standIn.callsTo('views.publish').slice(before).find((c) => c.params.user_id === userId));
  return allText(call.params.view).split('\n').filter((line) => line.includes(`<#${pair.channelId}>`));
}

describe('the pair’s channel out of reach during a scheduled post', () => {
  const cases: Array<{ problem: ChannelProblem; breakIt: (pair: OpenedPair) => void }> = [
    { problem: 'is_archived', breakIt: (pair) => void (s.standIn.channels.get(pair.channelId)!.archived = true) },
    { problem: 'not_in_channel', breakIt: () => s.standIn.failNext('chat.postMessage', { error: 'not_in_channel' }) },
    // A private channel the bot was removed from, or one deleted, is "not found" for the bot.
    { problem: 'channel_not_found', breakIt: (pair) => void s.standIn.channels.get(pair.channelId)!.members.delete(s.standIn.botUserId) },
  ];

  it.each(cases)('$problem: the pair is marked, its reminders stop, each admin is told once', async ({ problem, breakIt }) => {
    const pair = await nurturePair();
    const waiting = await pendingJobsOfPair(s.db, pair.pairId);
    const dmsBefore = adminDms().length;
    const mark = s.standIn.calls.length;
    breakIt(pair);

    // The reminder fails for good, and the admins' notice (the event's job, queued by that failure, then the admin's) goes out in the same pass.
    expect(await tick(DUE)).toMatchObject({ claimed: 3, failed: 1, done: 2, retried: 0 });
    const jobs = (await jobsOfPair(s.db, pair.pairId)).filter((job) => waiting.some((w) => w.id === job.id));
    expect(jobs.find((job) => job.kind === 'meeting_overdue')).toMatchObject({ state: 'failed', attempts: 1, last_error: problem });
    // The other reminders would fail the same way: cancelled, not tried one by one.
    expect(jobs.filter((job) => job.kind !== 'meeting_overdue').map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
    expect(await s.pairRow(pair.pairId)).toMatchObject({ delivery_problem: problem, delivery_problem_at: DUE });

    const told = adminDms().slice(dmsBefore);
    expect(told.map((message) => message.text)).toEqual([fill(en.delivery.adminNotice[problem], { channel: `<#${pair.channelId}>` })]);

    // Later passes and replanning (a member's activity) send nothing and tell no one again.
    expect((await tick(later(DUE, days(20)))).claimed).toBe(0);
    await replanPair(s.harness.coach.ctx, pair.pairId);
    expect(await pendingJobsOfPair(s.db, pair.pairId)).toEqual([]);
    expect((await tick(later(DUE, days(40)))).claimed).toBe(0);
    expect(channelPosts(pair, mark)).toHaveLength(1);
    expect(adminDms().slice(dmsBefore)).toHaveLength(1);
  });

  it('two reminders failing in one pass tell the admin once', async () => {
    const pair = await nurturePair();
    const dmsBefore = adminDms().length;
    s.standIn.channels.get(pair.channelId)!.archived = true;

    // 11 February at 15:30 in Paris: the meeting and the item's due and overdue reminders are all due.
    const result = await tick(later(DUE, days(15)));
    expect(result.claimed).toBeGreaterThanOrEqual(2);
    // Every reminder failed or was cancelled; the two done are the admins' notice (the event's job, then the admin's).
    expect(result.done).toBe(2);
    expect(result.failed + result.cancelled + result.done).toBe(result.claimed);
    expect(adminDms().slice(dmsBefore)).toHaveLength(1);
    expect(await pendingJobsOfPair(s.db, pair.pairId)).toEqual([]);
  });

  it('the admins’ Home shows why the pair needs attention; /mentor resume by a member clears it and the reminders come back', async () => {
    const pair = await nurturePair();
    const channel = s.standIn.channels.get(pair.channelId)!;
    channel.archived = true;
    await tick(DUE);
    expect((await s.pairRow(pair.pairId)).delivery_problem).toBe('is_archived');

    const [line] = await homeLines(s.admin.id, pair);
    expect(line).toContain(`${en.home.admin.needsAttention} · ${en.delivery.homeReason.is_archived}`);
    // Members see their own pairs only; the reason is for admins.
    expect((await homeLines(pair.mentee.id, pair)).join('\n')).not.toContain(en.delivery.homeReason.is_archived);

    // The channel is unarchived; a member resumes.
    channel.archived = false;
    clock.set(later(DUE, hours(1)));
    const answer = await s.run(pair.mentee, '/mentor', 'resume', pair.channelId);
    expect(answer.text).toContain(fill(en.nudges.resumed, { user: `<@${pair.mentee.id}>` }));
    expect(await s.pairRow(pair.pairId)).toMatchObject({ delivery_problem: null, delivery_problem_at: null });
    expect((await pendingJobsOfPair(s.db, pair.pairId)).map((job) => job.kind).sort()).toEqual(['action_due', 'action_overdue']);
    const [after] = await homeLines(s.admin.id, pair);
    expect(after).toBeDefined();
    expect(after).not.toContain(en.delivery.homeReason.is_archived);
    expect(after).not.toContain(en.home.admin.needsAttention);

    // Resuming again has nothing left to resume.
    expect((await s.run(pair.mentee, '/mentor', 'resume', pair.channelId)).text).toBe(en.errors.not_paused);

    // The item's reminder goes out at its time.
    const mark = s.standIn.calls.length;
    expect(await tick(new Date('2026-02-09T14:30:00Z'))).toMatchObject({ done: 1 });
    expect(channelPosts(pair, mark)).toHaveLength(1);
  });

  it('an outsider cannot clear it: /mentor resume outside the pair is refused and the pair stays aside', async () => {
    const pair = await nurturePair();
    s.standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await tick(DUE);
    const answer = await s.run(s.person('outsider'), '/mentor', 'resume', pair.channelId);
    expect(answer.text).toBe(en.errors.not_member);
    expect((await s.pairRow(pair.pairId)).delivery_problem).toBe('not_in_channel');
    expect(await pendingJobsOfPair(s.db, pair.pairId)).toEqual([]);
  });
});

describe('Slack busy or failing', () => {
  it('429: the post waits Retry-After without spending an attempt, then goes out once', async () => {
    const pair = await nurturePair();
    const mark = s.standIn.calls.length;
    s.standIn.failNext('chat.postMessage', { status: 429, retryAfter: 30 });

    expect(await tick(DUE)).toMatchObject({ claimed: 1, postponed: 1, retried: 0, failed: 0 });
    const waiting = (await jobsOfPair(s.db, pair.pairId)).find((job) => job.kind === 'meeting_overdue')!;
    expect(waiting).toMatchObject({ state: 'pending', attempts: 0, run_at: later(DUE, 30_000), last_error: null });
    expect((await tick(later(DUE, 29_000))).claimed).toBe(0);

    expect(await tick(later(DUE, 30_000))).toMatchObject({ claimed: 1, done: 1 });
    expect((await jobsOfPair(s.db, pair.pairId)).find((job) => job.id === waiting.id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(channelPosts(pair, mark)).toHaveLength(2);
    expect(s.posts(pair.channelId).filter((post) => post.text === fill(en.nudges.meetingOverdue, { days: 14 }))).toHaveLength(1);
    expect((await s.pairRow(pair.pairId)).delivery_problem).toBeNull();
  });

  it('5xx: the gateway retries within the pass and the post goes out once', async () => {
    const pair = await nurturePair();
    const mark = s.standIn.calls.length;
    s.standIn.failNext('chat.postMessage', { status: 503 }, 2);

    expect(await tick(DUE)).toMatchObject({ claimed: 1, done: 1 });
    expect(channelPosts(pair, mark)).toHaveLength(3);
    expect(s.posts(pair.channelId).filter((post) => post.text === fill(en.nudges.meetingOverdue, { days: 14 }))).toHaveLength(1);
    expect((await jobsOfPair(s.db, pair.pairId)).find((job) => job.kind === 'meeting_overdue')).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('5xx that lasts: four tries in the pass (a bound), then the job backs off a minute and is sent on the next try', async () => {
    const pair = await nurturePair();
    const mark = s.standIn.calls.length;
    s.standIn.failNext('chat.postMessage', { status: 500 }, 4);

    expect(await tick(DUE)).toMatchObject({ claimed: 1, retried: 1, done: 0 });
    expect(channelPosts(pair, mark)).toHaveLength(4);
    const job = (await jobsOfPair(s.db, pair.pairId)).find((row) => row.kind === 'meeting_overdue')!;
    expect(job).toMatchObject({ state: 'pending', attempts: 1, run_at: later(DUE, 60_000) });
    expect(job.last_error).toMatch(/http/);
    // Not a channel problem: the pair is not set aside.
    expect((await s.pairRow(pair.pairId)).delivery_problem).toBeNull();

    expect(await tick(later(DUE, 60_000))).toMatchObject({ claimed: 1, done: 1 });
    expect(channelPosts(pair, mark)).toHaveLength(5);
    expect(s.posts(pair.channelId).filter((post) => post.text === fill(en.nudges.meetingOverdue, { days: 14 }))).toHaveLength(1);
  });
});
