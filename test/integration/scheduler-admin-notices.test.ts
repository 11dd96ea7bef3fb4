/**
 * Admin notices are jobs of their own, and a Slack error counts against a pair only when the failing
 * call was to the pair's channel: a 429 on the admin's DM never posts the pair's question twice, an
 * unknown admin id never sets a healthy pair aside, and a refused token pauses the workspace's pass
 * with every job still pending. Real nudge handler, real scheduler gateway, the stand-in; fixed clocks.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { AUTH_PAUSE_MS, runSchedulerPass } from '../../src/scheduler/worker.js';
import { replanPair, runNudgeJob } from '../../src/services/scheduling/nudges.js';
import { runAdminAlert } from '../../src/services/admin/admin-notices.js';
import { days, later, minutes, pendingJobsOfPair, type SeededPair, seedPairs } from '../support/scheduler.js';

import { useSchedulerScenario } from '../support/use-scheduler.js';

// Monday 5 January 2026, 15:30 in Paris and 09:30 in New York: a working hour for both.
const OPENED = new Date('2026-01-05T14:30:00Z');
const SILENT = later(OPENED, days(22));
const ADMIN = 'UADMINX1';

// A stand-in of its own per test.
const scheduler = useSchedulerScenario({ start: OPENED, freshStandIn: true });
const { database, standIn } = scheduler;
const context = (at: Date, adminUserIds: string[]) => scheduler.context(at, { adminUserIds });
const tick = (at: Date, adminUserIds: string[]) => scheduler.tick(at, { adminUserIds });

/** A nurture pair whose last three nudges met silence: its open question is planned for SILENT. */
async function silentPair(adminUserIds: string[]): Promise<SeededPair> {
  const pair = await scheduler.pairAt('nurture');
  await database.db
    .insertInto('jobs')
    .values([1, 2, 3].map((n) => ({
      kind: 'meeting_overdue', pair_id: pair.pairId, dedupe_key: `silence:${pair.pairId}:${n}`, run_at: later(OPENED, days(n)),
      state: 'done' as const, attempts: 1, finished_at: later(OPENED, days(n)), payload: '{}',
    })))
    .execute();
  await replanPair(context(SILENT, adminUserIds), pair.pairId);
  expect((await pendingJobsOfPair(database.db, pair.pairId)).map((job) => job.kind)).toEqual(['no_response']);
  return pair;
}

const questions = (pair: SeededPair) => standIn.messages(pair.channelId).filter((message) => message.text === en.nudges.noResponse);

describe('admin notices', () => {
  it('a 429 on the admin’s DM posts the pair’s question once; the notice follows after Retry-After', async () => {
    standIn.addUser({ id: ADMIN, name: 'admin', tz: 'UTC', locale: 'en-US' });
    const pair = await silentPair([ADMIN]);
    const mark = standIn.callsTo('chat.postMessage').length;
    // The real handler posts the question; once it is in, the stand-in answers the next post (the DM) with a 429.
    const handlers = {
      no_response: async (...args: Parameters<typeof runNudgeJob>) => {
        const outcome = await runNudgeJob(...args);
        standIn.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
        return outcome;
      },
    };
    // The question, the event's job that picks the admins, and the admin's notice.
    expect(await runSchedulerPass(context(SILENT, [ADMIN]), SILENT, { handlers })).toMatchObject({ claimed: 3, done: 2, postponed: 1, failed: 0 });
    expect(standIn.callsTo('chat.postMessage').length - mark).toBe(2);
    expect(questions(pair)).toHaveLength(1);
    expect(standIn.messages(ADMIN)).toHaveLength(0);
    const notice = await database.db.selectFrom('jobs').selectAll().where('kind', '=', 'admin_notice').where('dedupe_key', 'like', `%no_response:${pair.pairId}:%`).executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ state: 'pending', attempts: 0, pair_id: null, run_at: later(SILENT, 30_000) });

    expect(await tick(later(SILENT, minutes(1)), [ADMIN])).toMatchObject({ claimed: 1, done: 1 });
    expect(questions(pair)).toHaveLength(1);
    expect(standIn.messages(ADMIN).map((message) => message.text)).toEqual([fill(en.nudges.noResponseAdmins, { channel: `<#${pair.channelId}>` })]);
    expect(await tick(later(SILENT, minutes(2)), [ADMIN])).toMatchObject({ claimed: 0 });
  });

  it('an unknown id in ADMIN_USER_IDS (channel_not_found on its DM) leaves the pair healthy and its reminders planned', async () => {
    standIn.addUser({ id: ADMIN, name: 'admin', tz: 'UTC', locale: 'en-US' });
    const admins = [ADMIN, 'UNOBODY9'];
    const pair = await silentPair(admins);
    const result = await tick(SILENT, admins);
    // The question, the event's job, then two notices: one sent, one failed for good (Slack finds no such person).
    expect(result).toMatchObject({ claimed: 4, done: 3, failed: 1 });
    expect(questions(pair)).toHaveLength(1);
    expect(standIn.messages(ADMIN)).toHaveLength(1);
    const failed = await database.db.selectFrom('jobs').selectAll().where('state', '=', 'failed').execute();
    expect(failed.map((job) => ({ kind: job.kind, error: job.last_error, pair: job.pair_id }))).toEqual([{ kind: 'admin_notice', error: 'channel_not_found', pair: null }]);
    const row = await database.db.selectFrom('pairs').selectAll().where('id', '=', pair.pairId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ delivery_problem: null, delivery_problem_at: null });
    // Nobody was told the pair's channel is out of reach.
    const told = [...standIn.messages(ADMIN)].map((message) => message.text);
    expect(told.some((text) => text.includes(fill(en.delivery.adminNotice.channel_not_found, { channel: `<#${pair.channelId}>` })))).toBe(false);
  });
});

describe('who hears that a pair is not answering', () => {
  it('ADMIN_USER_IDS and the user group, never the pair’s own members; one removed from the group before the send gets nothing', async () => {
    const [grace, rex] = ['UGRACEX1', 'UREXX1'];
    for (const id of [ADMIN, grace, rex]) standIn.addUser({ id, name: id.toLowerCase(), tz: 'UTC', locale: 'en-US' });
    const pair = await silentPair([ADMIN]);
    const group = { id: 'S0TEAMX', handle: 'programme-team', name: 'Programme team' };
    // The pair's mentor is an admin by id, its mentee by the group: neither hears about their own pair.
    standIn.addUserGroup({ ...group, users: [grace, rex, pair.menteeId] });
    const admins = [ADMIN, pair.mentorId];
    const more = { adminUserIds: admins, adminUserGroup: group.handle };
    // The question is posted and the notices queued by the event's job; Rex then leaves the group,
    // before any notice is sent, and Slack answers the next two group reads with a 429: those notices wait, not dropped.
    const handlers = {
      admin_alert: async (...args: Parameters<typeof runAdminAlert>) => {
        const outcome = await runAdminAlert(...args);
        standIn.addUserGroup({ ...group, users: [grace, pair.menteeId] });
        standIn.failNext('usergroups.list', { status: 429, retryAfter: 30 }, 2);
        return outcome;
      },
    };
    expect(await runSchedulerPass(scheduler.context(SILENT, more), SILENT, { handlers })).toMatchObject({ claimed: 5, done: 3, postponed: 2 });
    expect(standIn.messages(grace)).toEqual([]);
    expect(await runSchedulerPass(scheduler.context(later(SILENT, minutes(1)), more), later(SILENT, minutes(1)))).toMatchObject({ claimed: 2, done: 1 });
    expect(questions(pair)).toHaveLength(1);
    const notices = await database.db
      .selectFrom('jobs')
      .select(['payload', 'state'])
      .where('kind', '=', 'admin_notice')
      .where('dedupe_key', 'like', `%no_response:${pair.pairId}:%`)
      .execute();
    expect(notices.map((job) => `${String(job.payload.userId)}:${job.state}`).sort()).toEqual([`${ADMIN}:done`, `${grace}:done`, `${rex}:cancelled`].sort());
    const notice = fill(en.nudges.noResponseAdmins, { channel: `<#${pair.channelId}>` });
    for (const id of [ADMIN, grace]) expect(standIn.messages(id).map((message) => message.text)).toEqual([notice]);
    for (const id of [rex, pair.mentorId, pair.menteeId]) expect(standIn.messages(id).map((message) => message.text)).not.toContain(notice);
  });
});

describe('who hears is read when the notice is sent', () => {
  it('a 429 on the group read postpones the event’s job by Retry-After; then the group hears, nobody left out', async () => {
    const grace = 'UGRACEX2';
    for (const id of [ADMIN, grace]) standIn.addUser({ id, name: id.toLowerCase(), tz: 'UTC', locale: 'en-US' });
    const pair = await silentPair([ADMIN]);
    const group = { id: 'S0TEAMY', handle: 'programme-team', name: 'Programme team' };
    standIn.addUserGroup({ ...group, users: [grace] });
    const more = { adminUserIds: [ADMIN], adminUserGroup: group.handle };
    standIn.failNext('usergroups.list', { status: 429, retryAfter: 30 });
    expect(await runSchedulerPass(scheduler.context(SILENT, more), SILENT)).toMatchObject({ claimed: 2, done: 1, postponed: 1, failed: 0 });
    const noticesOf = () => database.db.selectFrom('jobs').select(['payload', 'state']).where('kind', '=', 'admin_notice').where('dedupe_key', 'like', `%no_response:${pair.pairId}:%`).execute();
    expect(await noticesOf()).toEqual([]);
    expect(await runSchedulerPass(scheduler.context(later(SILENT, minutes(1)), more), later(SILENT, minutes(1)))).toMatchObject({ claimed: 3, done: 3 });
    expect((await noticesOf()).map((job) => `${String(job.payload.userId)}:${job.state}`).sort()).toEqual([`${ADMIN}:done`, `${grace}:done`].sort());
    const notice = fill(en.nudges.noResponseAdmins, { channel: `<#${pair.channelId}>` });
    for (const id of [ADMIN, grace]) expect(standIn.messages(id).map((message) => message.text)).toEqual([notice]);
  });
});

describe('a refused token', () => {
  it.each(['invalid_auth', 'account_inactive', 'token_revoked'])('%s pauses the workspace’s pass: every job stays pending, none failed', async (error) => {
    const pairs = await seedPairs(database.db, standIn, 3, { openedAt: OPENED, stage: 'nurture' });
    for (const pair of pairs) await replanPair(context(OPENED, []), pair.pairId);
    const due = later(OPENED, days(21));
    standIn.failNext('chat.postMessage', { error }, 3);
    const mark = standIn.callsTo('chat.postMessage').length;

    const result = await tick(due, []);
    expect(result).toMatchObject({ claimed: 3, postponed: 3, failed: 0, retried: 0, done: 0 });
    // Refused at most once per job in flight when the first refusal arrived, then none tried.
    expect(standIn.callsTo('chat.postMessage').length - mark).toBeLessThanOrEqual(3);
    for (const pair of pairs) {
      const jobs = await pendingJobsOfPair(database.db, pair.pairId);
      expect(jobs.find((job) => job.kind === 'meeting_overdue')).toMatchObject({ state: 'pending', attempts: 0, run_at: later(due, AUTH_PAUSE_MS) });
      const row = await database.db.selectFrom('pairs').selectAll().where('id', '=', pair.pairId).executeTakeFirstOrThrow();
      expect(row.delivery_problem).toBeNull();
    }
    // The token works again: the next pass after the pause sends each reminder once.
    expect(await tick(later(due, AUTH_PAUSE_MS), [])).toMatchObject({ claimed: 3, done: 3 });
    for (const pair of pairs) expect(standIn.messages(pair.channelId)).toHaveLength(1);
  });
});
