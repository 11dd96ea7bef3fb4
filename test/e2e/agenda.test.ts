/**
 * The agenda end to end: the real app over signed HTTP and scheduler passes at fixed times
 * (harness.tick) against the Slack stand-in. The mentor is in New York, the mentee in Paris; the
 * next meeting is counted on the mentee's calendar and shown to each reader in their own zone.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import type { StandInMessage } from '../../src/dev/slack-stand-in.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { ACTION_AGENDA_POST } from '../../src/slack/ids.js';
import { messageText, type OpenedPair } from '../support/e2e.js';
import { pendingJobsOfPair } from '../support/scheduler.js';
import { useScenario } from '../support/use-scenario.js';

// Monday 5 January 2026, 15:30 in Paris, 09:30 in New York.
const OPENED = new Date('2026-01-05T14:30:00Z');

const { s, clock, tick, pairAt } = useScenario({ start: OPENED, cancelJobs: true });

const agendas = (channelId: string): StandInMessage[] => s.posts(channelId).filter((message) => message.text.startsWith(en.agenda.title));
const dateToken = (at: Date) => `<!date^${Math.floor(at.getTime() / 1000)}^`;

/** Logs a meeting with an action item; the log names the next meeting (its day, or its instant). */
async function logMeeting(pair: OpenedPair, next: { on: string; at?: Date }) {
  await s.run(pair.mentee, '/mentor-log', 'Reviewed the CV together.\nnext: research three companies', pair.channelId);
  await s.db
    .updateTable('meeting_logs')
    .set({ next_meeting_on: next.on, next_meeting_at: next.at ?? null })
    .where('pair_id', '=', pair.pairId)
    .execute();
  await replanPair(s.harness.coach.ctx, pair.pairId);
}

describe('the agenda before the next meeting', () => {
  it('a log naming Thursday 15 January: posted 24 hours before, at 09:00 in Paris, once however often the tick runs', async () => {
    const pair = await pairAt('nurture');
    await logMeeting(pair, { on: '2026-01-15' });
    // No time agreed: 09:00 in the mentee's zone, 08:00 UTC.
    const meeting = new Date('2026-01-15T08:00:00Z');
    const agendaJobs = (await pendingJobsOfPair(s.db, pair.pairId)).filter((job) => job.kind === 'agenda');
    expect(agendaJobs).toMatchObject([{ dedupe_key: `agenda:${pair.pairId}:${meeting.toISOString()}`, run_at: new Date('2026-01-14T08:00:00Z') }]);

    await tick(new Date('2026-01-14T07:00:00Z'));
    expect(agendas(pair.channelId)).toHaveLength(0);

    const at = new Date('2026-01-14T08:00:00Z');
    for (let i = 0; i < 3; i += 1) await tick(at);
    await tick(new Date('2026-01-14T10:00:00Z'));
    await replanPair(s.harness.coach.ctx, pair.pairId);
    await tick(new Date('2026-01-14T11:00:00Z'));

    const posted = agendas(pair.channelId);
    expect(posted).toHaveLength(1);
    const text = messageText(posted[0]!);
    expect(text).toContain(dateToken(meeting));
    expect(text).toContain('#1 research three companies');
    expect(text).toContain(en.agenda.topicsTitle);
    // The two-week guess planned by the log itself was cancelled once the log named the meeting.
    const jobs = await s.db.selectFrom('jobs').selectAll().where('pair_id', '=', pair.pairId).where('kind', '=', 'agenda').where('state', '<>', 'cancelled').execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'done', attempts: 1, finished_at: at });
  });

  it('a log naming an instant at 17:30 in Paris: 24 hours before is after work, so it goes out at 09:00 on the day, before the meeting', async () => {
    const pair = await pairAt('nurture');
    const meeting = new Date('2026-01-22T16:30:00Z');
    await logMeeting(pair, { on: '2026-01-22', at: meeting });
    const [job] = (await pendingJobsOfPair(s.db, pair.pairId)).filter((row) => row.kind === 'agenda');
    expect(job).toMatchObject({ run_at: new Date('2026-01-22T08:00:00Z') });

    // Wednesday 17:30 in Paris: not yet.
    await tick(new Date('2026-01-21T16:30:00Z'));
    expect(agendas(pair.channelId)).toHaveLength(0);
    await tick(new Date('2026-01-22T08:00:00Z'));
    await tick(new Date('2026-01-22T08:00:00Z'));
    expect(agendas(pair.channelId)).toHaveLength(1);
    expect(messageText(agendas(pair.channelId)[0]!)).toContain(dateToken(meeting));
  });

  it('a meeting moved before its agenda went out: the old one is cancelled, the new one posted', async () => {
    const pair = await pairAt('nurture');
    await logMeeting(pair, { on: '2026-01-15' });
    await s.db.updateTable('meeting_logs').set({ next_meeting_on: '2026-01-16' }).where('pair_id', '=', pair.pairId).execute();
    await replanPair(s.harness.coach.ctx, pair.pairId);
    await tick(new Date('2026-01-14T08:00:00Z'));
    expect(agendas(pair.channelId)).toHaveLength(0);
    await tick(new Date('2026-01-15T08:00:00Z'));
    expect(agendas(pair.channelId)).toHaveLength(1);
    expect(messageText(agendas(pair.channelId)[0]!)).toContain(dateToken(new Date('2026-01-16T08:00:00Z')));
  });
});

describe('/mentor agenda', () => {
  it('shows the next meeting’s agenda to the asker, and its button posts it in the channel', async () => {
    const pair = await pairAt('nurture');
    await logMeeting(pair, { on: '2026-01-15' });
    clock.set(new Date('2026-01-06T10:00:00Z'));

    const answer = await s.run(pair.mentor, '/mentor', 'agenda', pair.channelId);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.agenda.title);
    expect(answer.text).toContain('research three companies');
    expect(answer.text).toContain(dateToken(new Date('2026-01-15T08:00:00Z')));
    expect(JSON.stringify(answer.body)).toContain(ACTION_AGENDA_POST);
    expect(agendas(pair.channelId)).toHaveLength(0);

    const click = await s.click(pair.mentor, { channelId: pair.channelId, actionId: ACTION_AGENDA_POST, value: String(pair.pairId), messageTs: '1.1' });
    expect(click.text).toBe(en.agenda.posted);
    expect(agendas(pair.channelId)).toHaveLength(1);
    expect(messageText(agendas(pair.channelId)[0]!)).toContain('research three companies');
  });

  it('refuses someone outside the pair, for the command and the button, and posts nothing', async () => {
    const pair = await pairAt('nurture');
    const outsider = s.person('outsider');
    const answer = await s.run(outsider, '/mentor', 'agenda', pair.channelId);
    expect(answer.text).toBe(en.errors.not_member);
    const click = await s.click(outsider, { channelId: pair.channelId, actionId: ACTION_AGENDA_POST, value: String(pair.pairId), messageTs: '1.1' });
    expect(click.text).toBe(en.errors.not_member);
    expect(agendas(pair.channelId)).toHaveLength(0);
  });

  it('without any log or agreement, the agenda is for two weeks after the opening', async () => {
    const pair = await pairAt('nurture');
    const answer = await s.run(pair.mentee, '/mentor', 'agenda', pair.channelId);
    // Monday 19 January, 09:00 in Paris.
    expect(answer.text).toContain(dateToken(new Date('2026-01-19T08:00:00Z')));
    expect(answer.text).toContain(en.agenda.noItems);
    expect(answer.text).toContain(en.agenda.guessed);
    // Before any meeting, a date counted from the opening is not announced by the scheduler.
    expect((await pendingJobsOfPair(s.db, pair.pairId)).map((job) => job.kind)).not.toContain('agenda');
  });

  it('once they have met, a pair with no date and no agreement gets an agenda two weeks on, marked as a guess', async () => {
    const pair = await pairAt('nurture');
    // Wednesday 7 January: the meeting is logged without a next date.
    clock.set(new Date('2026-01-07T10:00:00Z'));
    await s.run(pair.mentee, '/mentor-log', 'First real talk.\nnext: list three target companies', pair.channelId);
    const [job] = (await pendingJobsOfPair(s.db, pair.pairId)).filter((candidate) => candidate.kind === 'agenda');
    // Wednesday 21 January, 09:00 in Paris; the agenda the day before at the same hour.
    expect(job?.payload).toEqual({ meetingAt: '2026-01-21T08:00:00.000Z' });
    await tick(new Date('2026-01-20T07:59:00Z'));
    expect(agendas(pair.channelId)).toHaveLength(0);
    for (const at of ['2026-01-20T08:00:00Z', '2026-01-20T08:01:00Z', '2026-01-20T12:00:00Z']) await tick(new Date(at));
    expect(agendas(pair.channelId)).toHaveLength(1);
    const text = messageText(agendas(pair.channelId)[0]!);
    expect(text).toContain(en.agenda.guessed);
    expect(text).toContain('#1 list three target companies');
  });
});
