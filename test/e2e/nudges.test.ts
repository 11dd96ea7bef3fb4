/**
 * Nudges end to end: the real app over signed HTTP (slash commands, button clicks) and scheduler
 * passes at fixed times (harness.tick), against the Slack stand-in. The app's clock is fixed too,
 * and moved by each test; nothing sleeps.
 *
 * Every pair has a mentor in New York and a mentee in Paris: in winter their working hours meet
 * from 14:00 to 16:00 UTC (15:00–17:00 in Paris, 09:00–11:00 in New York).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import type { StandInMessage } from '../../src/dev/slack-stand-in.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import {
  ACTION_NUDGE_DONE,
  ACTION_NUDGE_SNOOZE,
  ACTION_PAIR_KEEP_GOING,
  ACTION_PAIR_PAUSE,
  ACTION_PAIR_WRAP_UP,
} from '../../src/slack/ids.js';
import { calendarDay } from '../../src/slack/kit/dates.js';
import type { OpenedPair } from '../support/e2e.js';
import { days, hours, jobsOfPair, jobsSnapshot, later, pendingJobsOfPair } from '../support/scheduler.js';
import { useScenario } from '../support/use-scenario.js';

// Monday 5 January 2026, 15:30 in Paris, 09:30 in New York.
const OPENED = new Date('2026-01-05T14:30:00Z');
// The meeting is overdue 21 days after the opening (a two-week cadence plus half of it).
const OVERDUE = later(OPENED, days(21));

const { s, clock, tick, pairAt } = useScenario({ start: OPENED, cancelJobs: true });

function buttons(message: StandInMessage): Array<{ actionId: string; value: string }> {
  const out: Array<{ actionId: string; value: string }> = [];
  for (const block of message.blocks as Array<{ type?: string; elements?: Array<{ action_id?: string; value?: string }> }>) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements ?? []) out.push({ actionId: element.action_id ?? '', value: element.value ?? '' });
  }
  return out;
}

/** Reminders posted in a channel: the posts that carry a reminder's answer buttons. */
function nudges(channelId: string): StandInMessage[] {
  const answers = new Set([ACTION_NUDGE_SNOOZE, ACTION_PAIR_PAUSE]);
  return s.posts(channelId).filter((message) => buttons(message).some((button) => answers.has(button.actionId)));
}

async function addItem(pair: OpenedPair, text: string, dueOn: string, owner: 'mentor' | 'mentee' | 'both' | null = null): Promise<number> {
  const row = await s.db
    .insertInto('action_items')
    .values({ pair_id: pair.pairId, text, created_by: pair.mentee.id, due_on: dueOn, owner })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replanPair(s.harness.coach.ctx, pair.pairId);
  return row.id;
}

// The months-away "evaluate is coming" reminder (issue 16) is planned for every pair without an end date; left out here.
const pendingKinds = async (pair: OpenedPair) =>
  (await pendingJobsOfPair(s.db, pair.pairId)).map((job) => job.kind).filter((kind) => kind !== 'evaluate_horizon').sort();

/** Everything a refused click must leave as it was. */
async function written(pair: OpenedPair) {
  return {
    jobs: await jobsSnapshot(s.db),
    pair: await s.pairRow(pair.pairId),
    items: await s.db.selectFrom('action_items').selectAll().orderBy('id').execute(),
    posts: s.posts(pair.channelId).length,
  };
}

const meetingOverdueText = fill(en.nudges.meetingOverdue, { days: 14 });

describe('a reminder at a working hour for both, once', () => {
  it('posts one meeting_overdue nudge with snooze and done buttons, however often the tick runs', async () => {
    const pair = await pairAt('nurture');
    const [job] = await pendingJobsOfPair(s.db, pair.pairId);
    expect(job).toMatchObject({ kind: 'meeting_overdue', run_at: OVERDUE });
    const before = s.posts(pair.channelId).length;

    // Tuesday 27 January, 15:30 in Paris and 09:30 in New York.
    const at = later(OPENED, days(22));
    for (let i = 0; i < 3; i += 1) await tick(at);
    await tick(later(at, hours(1)));

    const posted = s.posts(pair.channelId).slice(before);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text).toBe(meetingOverdueText);
    expect(buttons(posted[0]!)).toEqual([
      { actionId: ACTION_NUDGE_SNOOZE, value: String(job!.id) },
      { actionId: ACTION_NUDGE_DONE, value: String(job!.id) },
    ]);
    expect((await jobsOfPair(s.db, pair.pairId)).find((row) => row.id === job!.id)).toMatchObject({
      state: 'done',
      attempts: 1,
      finished_at: at,
    });
  });

  it('at 03:00 in Paris, or on a Saturday, nothing is posted and the job waits for a working time for both', async () => {
    const pair = await pairAt('nurture');
    const [job] = await pendingJobsOfPair(s.db, pair.pairId);
    const before = s.posts(pair.channelId).length;
    const row = async () => (await jobsOfPair(s.db, pair.pairId)).find((candidate) => candidate.id === job!.id)!;

    // Tuesday 27 January 02:00 UTC: 03:00 in Paris, Monday 21:00 in New York.
    expect(await tick(new Date('2026-01-27T02:00:00Z'))).toMatchObject({ claimed: 1, postponed: 1, done: 0 });
    expect(s.posts(pair.channelId)).toHaveLength(before);
    // 09:00 in New York, 15:00 in Paris, the same Tuesday.
    expect(await row()).toMatchObject({ state: 'pending', attempts: 0, run_at: new Date('2026-01-27T14:00:00Z') });

    // Saturday 31 January, noon UTC: a weekend for both.
    expect(await tick(new Date('2026-01-31T12:00:00Z'))).toMatchObject({ claimed: 1, postponed: 1, done: 0 });
    expect(s.posts(pair.channelId)).toHaveLength(before);
    // Monday 2 February, 09:00 in New York and 15:00 in Paris.
    expect(await row()).toMatchObject({ state: 'pending', attempts: 0, run_at: new Date('2026-02-02T14:00:00Z') });

    // Sunday: not due yet, nothing claimed.
    await tick(new Date('2026-02-01T15:00:00Z'));
    expect(s.posts(pair.channelId)).toHaveLength(before);

    await tick(new Date('2026-02-02T14:00:00Z'));
    expect(s.posts(pair.channelId).slice(before).map((message) => message.text)).toEqual([meetingOverdueText]);
    expect(await row()).toMatchObject({ state: 'done', attempts: 1 });
  });
});

describe('the snooze and done buttons', () => {
  it('snooze: a week later at a working hour, once however often it is pressed; strangers and forged values are refused', async () => {
    const pair = await pairAt('nurture');
    const other = await pairAt('nurture');
    const [otherJob] = await pendingJobsOfPair(s.db, other.pairId);
    const at = later(OPENED, days(22));
    await tick(at);
    const [nudge] = nudges(pair.channelId);
    const jobId = buttons(nudge!)[0]!.value;
    const click = (who: { id: string }, value: string) =>
      s.click(who, { channelId: pair.channelId, actionId: ACTION_NUDGE_SNOOZE, value, messageTs: nudge!.ts });

    clock.set(at);
    const answer = await click(pair.mentee, jobId);
    expect(answer.body.response_type).toBe('ephemeral');
    // Tuesday 3 February at the same hour: a working hour for both.
    const until = later(at, days(7));
    expect(answer.body.text).toBe(fill(en.nudges.snoozed, { date: calendarDay('2026-02-03', 'en') }));
    const snoozed = async () => (await jobsOfPair(s.db, pair.pairId)).filter((job) => job.kind === 'snoozed');
    expect(await snoozed()).toHaveLength(1);
    expect((await snoozed())[0]).toMatchObject({ state: 'pending', run_at: until, payload: { kind: 'meeting_overdue', days: 14 } });
    expect((await s.pairRow(pair.pairId)).last_activity_at).toEqual(at);

    clock.set(later(at, hours(1)));
    const again = await click(pair.mentor, jobId);
    expect(again.body.text).toBe(answer.body.text);
    expect(await snoozed()).toHaveLength(1);

    const outsider = s.person('outsider');
    const refusals: Array<[{ id: string }, string, string]> = [
      [outsider, jobId, en.errors.not_member],
      [pair.mentee, 'abc', en.errors.stale_action],
      [pair.mentee, '99999999', en.errors.stale_action],
      // Another pair's reminder: its members only.
      [pair.mentee, String(otherJob!.id), en.errors.not_member],
    ];
    for (const [who, value, expected] of refusals) {
      const before = await written(pair);
      const refused = await click(who, value);
      expect(refused.body.text).toBe(expected);
      expect(await written(pair)).toEqual(before);
    }

    // A week later the reminder comes back, with buttons of its own.
    const posts = s.posts(pair.channelId).length;
    await tick(until);
    const [back] = s.posts(pair.channelId).slice(posts);
    expect(back?.text).toBe(meetingOverdueText);
    const [snoozedJob] = await snoozed();
    expect(snoozedJob).toMatchObject({ state: 'done' });
    expect(buttons(back!)).toEqual([
      { actionId: ACTION_NUDGE_SNOOZE, value: String(snoozedJob!.id) },
      { actionId: ACTION_NUDGE_DONE, value: String(snoozedJob!.id) },
    ]);
  });

  it.each([
    ['mentee', (p: OpenedPair) => `<@${p.mentee.id}> `],
    ['both', (p: OpenedPair) => `<@${p.mentor.id}> <@${p.mentee.id}> `],
  ] as const)('an item carried by the %s calls on its owners in the reminder', async (owner, prefix) => {
    const pair = await pairAt('nurture');
    await addItem(pair, 'Rewrite the CV', '2026-01-14', owner);
    await tick(new Date('2026-01-13T14:00:00Z'));
    const [nudge] = nudges(pair.channelId);
    expect(nudge?.text).toBe(prefix(pair) + fill(en.nudges.actionDue, { item: 'Rewrite the CV', due: calendarDay('2026-01-14', 'en') }));
  });

  it('done on an action item reminder marks the item done and drops its overdue reminder', async () => {
    const pair = await pairAt('nurture');
    const itemId = await addItem(pair, 'Rewrite the CV', '2026-01-14');
    expect(await pendingKinds(pair)).toEqual(['action_due', 'action_overdue', 'meeting_overdue']);

    // Tuesday 13 January, 15:00 in Paris and 09:00 in New York: the day before it is due.
    await tick(new Date('2026-01-13T14:00:00Z'));
    const [nudge] = nudges(pair.channelId);
    expect(nudge?.text).toBe(fill(en.nudges.actionDue, { item: 'Rewrite the CV', due: calendarDay('2026-01-14', 'en') }));
    const [, done] = buttons(nudge!);
    expect(done?.actionId).toBe(ACTION_NUDGE_DONE);

    const answer = await s.click(pair.mentor, { channelId: pair.channelId, actionId: ACTION_NUDGE_DONE, value: done!.value, messageTs: nudge!.ts });

    expect(answer.body.text).toBe(en.nudges.dismissed);
    const item = await s.db.selectFrom('action_items').selectAll().where('id', '=', itemId).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ status: 'done', done_by: pair.mentor.id, done_at: clock.now() });
    expect(await pendingKinds(pair)).toEqual(['meeting_overdue']);

    const posts = s.posts(pair.channelId).length;
    await tick(new Date('2026-01-15T14:00:00Z'));
    expect(s.posts(pair.channelId)).toHaveLength(posts);
  });
});

describe('/mentor pause and /mentor resume', () => {
  it('pause cancels the pending reminders and says so; resume plans them again; each refuses to repeat itself', async () => {
    const pair = await pairAt('nurture');
    expect(await pendingKinds(pair)).toEqual(['meeting_overdue']);

    clock.set(new Date('2026-01-07T15:00:00Z'));
    const before = s.posts(pair.channelId).length;
    const paused = await s.run(pair.mentor, '/mentor', 'pause', pair.channelId);
    const pausedText = fill(en.nudges.paused, { user: `<@${pair.mentor.id}>` });
    expect(paused.body.text).toBe(pausedText);
    expect(await pendingKinds(pair)).toEqual([]);
    // The reminder, and the prepare one dropped when the pair moved on, are all cancelled.
    const jobs = await jobsOfPair(s.db, pair.pairId);
    expect(jobs.map((job) => job.state)).toEqual(jobs.map(() => 'cancelled'));
    expect(jobs.map((job) => job.kind)).toContain('meeting_overdue');
    expect(s.posts(pair.channelId).slice(before).map((message) => message.text)).toEqual([pausedText]);
    expect(await s.pairRow(pair.pairId)).toMatchObject({ paused_at: clock.now(), paused_by: pair.mentor.id });

    const afterPause = s.posts(pair.channelId).length;
    expect(await tick(later(OVERDUE, hours(1)))).toMatchObject({ done: 0 });
    expect(s.posts(pair.channelId)).toHaveLength(afterPause);

    clock.set(new Date('2026-01-28T15:00:00Z'));
    const twice = await s.run(pair.mentee, '/mentor', 'pause', pair.channelId);
    expect(twice.body.text).toBe(en.errors.already_paused);

    const resumed = await s.run(pair.mentee, '/mentor', 'resume', pair.channelId);
    const resumedText = fill(en.nudges.resumed, { user: `<@${pair.mentee.id}>` });
    expect(resumed.body.text).toBe(resumedText);
    expect(s.posts(pair.channelId).slice(afterPause).map((message) => message.text)).toEqual([resumedText]);
    expect(await s.pairRow(pair.pairId)).toMatchObject({ paused_at: null, paused_by: null, last_activity_at: clock.now() });
    // Still overdue: planned again, for now (16:00 in Paris, 10:00 in New York).
    const [job] = await pendingJobsOfPair(s.db, pair.pairId);
    expect(job).toMatchObject({ kind: 'meeting_overdue', run_at: clock.now() });

    const notPaused = await s.run(pair.mentor, '/mentor', 'resume', pair.channelId);
    expect(notPaused.body.text).toBe(en.errors.not_paused);

    await tick(clock.now());
    expect(nudges(pair.channelId).map((message) => message.text)).toEqual([meetingOverdueText]);
  });
});

describe('three reminders without an answer', () => {
  it('asks the pair whether to pause, keep going or wrap up, tells the admins, and never closes the pair itself', async () => {
    const a = await pairAt('nurture');
    const b = await pairAt('nurture');
    const c = await pairAt('nurture');
    const pairs = [a, b, c];
    // Due Wednesday 14 January: "due tomorrow" on Tuesday, "overdue" on Thursday.
    for (const pair of pairs) await addItem(pair, 'List three target companies', '2026-01-14');
    const dms = () => s.standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === s.admin.id);
    const dmsBefore = dms().length;

    await tick(new Date('2026-01-13T14:00:00Z'));
    await tick(new Date('2026-01-15T14:00:00Z'));
    await tick(OVERDUE);
    for (const pair of pairs) {
      expect(nudges(pair.channelId).map((message) => message.text)).toEqual([
        fill(en.nudges.actionDue, { item: 'List three target companies', due: calendarDay('2026-01-14', 'en') }),
        fill(en.nudges.actionOverdue, { item: 'List three target companies', due: calendarDay('2026-01-14', 'en') }),
        meetingOverdueText,
        // The open question is planned by the third delivery, due at once, and sent in the same pass.
        en.nudges.noResponse,
      ]);
      expect(await pendingKinds(pair)).toEqual([]);
    }

    // Another pass at the same time sends nothing more.
    await tick(OVERDUE);
    for (const pair of pairs) {
      const question = nudges(pair.channelId).at(-1)!;
      expect(nudges(pair.channelId)).toHaveLength(4);
      expect(question.text).toBe(en.nudges.noResponse);
      expect(buttons(question)).toEqual([
        { actionId: ACTION_PAIR_PAUSE, value: String(pair.pairId) },
        { actionId: ACTION_PAIR_KEEP_GOING, value: String(pair.pairId) },
        { actionId: ACTION_PAIR_WRAP_UP, value: String(pair.pairId) },
      ]);
    }
    // One direct message to the admin per pair, naming the pair's channel.
    const told = dms().slice(dmsBefore);
    expect(told.map((call) => call.params.text).sort()).toEqual(
      pairs.map((pair) => fill(en.nudges.noResponseAdmins, { channel: `<#${pair.channelId}>` })).sort(),
    );

    // Asking once is enough: later passes neither ask again nor close anything.
    await tick(later(OVERDUE, days(1)));
    for (const pair of pairs) expect(nudges(pair.channelId)).toHaveLength(4);
    const question = (pair: OpenedPair) => nudges(pair.channelId).at(-1)!;
    const answer = (pair: OpenedPair, who: { id: string }, actionId: string) =>
      s.click(who, { channelId: pair.channelId, actionId, value: String(pair.pairId), messageTs: question(pair).ts });

    // A keeps going: while the question is open a new item gets no reminder; once answered it does.
    clock.set(new Date('2026-01-28T15:00:00Z'));
    await addItem(a, 'Book a mock interview', '2026-02-11');
    expect(await pendingKinds(a)).toEqual([]);
    const kept = await answer(a, a.mentee, ACTION_PAIR_KEEP_GOING);
    expect(kept.body.text).toBe(fill(en.nudges.keptGoing, { user: `<@${a.mentee.id}>` }));
    expect(s.posts(a.channelId).at(-1)?.text).toBe(fill(en.nudges.keptGoing, { user: `<@${a.mentee.id}>` }));
    expect(await pendingKinds(a)).toEqual(['action_due', 'action_overdue']);

    // B starts wrapping up: the pair moves to evaluate and stays open.
    const wrapping = await answer(b, b.mentor, ACTION_PAIR_WRAP_UP);
    expect(wrapping.body.text).toBe(fill(en.stage.done, { stage: en.stageNames.evaluate }));
    expect(await s.pairRow(b.pairId)).toMatchObject({ stage: 'evaluate', closed_at: null });

    // C pauses its reminders.
    const pausing = await answer(c, c.mentee, ACTION_PAIR_PAUSE);
    expect(pausing.body.text).toBe(fill(en.nudges.paused, { user: `<@${c.mentee.id}>` }));
    expect(await s.pairRow(c.pairId)).toMatchObject({ paused_by: c.mentee.id });
    expect(await pendingKinds(c)).toEqual([]);

    // Tuesday 10 February, the working day before A's new item is due: a normal reminder again.
    const dmsNow = dms().length;
    await tick(new Date('2026-02-10T14:00:00Z'));
    await tick(new Date('2026-03-02T14:30:00Z'));
    const fresh = nudges(a.channelId).slice(4);
    expect(fresh[0]?.text).toBe(fill(en.nudges.actionDue, { item: 'Book a mock interview', due: calendarDay('2026-02-11', 'en') }));
    expect(buttons(fresh[0]!).map((button) => button.actionId)).toEqual([ACTION_NUDGE_SNOOZE, ACTION_NUDGE_DONE]);
    expect(nudges(b.channelId)).toHaveLength(4);
    expect(nudges(c.channelId)).toHaveLength(4);
    expect(dms()).toHaveLength(dmsNow);

    // Nobody answered for the bot: no pair was closed, no channel archived.
    for (const pair of pairs) {
      const row = await s.pairRow(pair.pairId);
      expect(row.stage).not.toBe('closed');
      expect(row.closed_at).toBeNull();
      expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(false);
    }
    expect(s.standIn.callsTo('conversations.archive')).toHaveLength(0);
  });
});

describe('/mentor jobs', () => {
  it('shows an admin what is waiting and what failed; anyone else is refused', async () => {
    const failing = await pairAt('nurture');
    await pairAt('nurture');
    s.standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    // Only the first pair's reminder is due; its post is refused for good.
    await s.db.updateTable('jobs').set({ run_at: later(OPENED, days(30)) }).where('pair_id', '<>', failing.pairId).where('state', '=', 'pending').execute();
    // The reminder fails for good; the admins' notice about it is a job (the event's, then the admin's), sent in the same pass.
    expect(await tick(OVERDUE)).toMatchObject({ claimed: 3, failed: 1, done: 2 });

    const counts = await s.db
      .selectFrom('jobs')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    const count = (state: string) => Number(counts.find((row) => row.state === state)?.n ?? 0);
    expect(count('pending')).toBeGreaterThan(0);

    const answer = await s.run(s.admin, '/mentor', 'jobs', 'CGENERAL');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.jobs.title);
    expect(answer.text).toContain(fill(en.jobs.counts, { pending: count('pending') + count('running'), failed: count('failed') }));
    expect(answer.text).toContain(`\`meeting_overdue\` <#${failing.channelId}> — \`channel_not_found\` (1)`);

    const refused = await s.run(failing.mentee, '/mentor', 'jobs', failing.channelId);
    expect(refused.body.text).toBe(en.errors.not_admin);
  });
});
