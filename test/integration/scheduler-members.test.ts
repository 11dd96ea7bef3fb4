/**
 * One Slack call per nudge: members' zones, languages, names and admin flags are kept in Postgres
 * and read with the pair's facts. A member never stored (or stored more than a day ago) is asked
 * about once (users.info); every other nudge is its chat.postMessage alone. Fixed clocks; the real
 * nudge handler and scheduler gateway against the stand-in.
 */
import { describe, expect, it } from 'vitest';
import { recordMemberChange } from '../../src/services/pairs/members.js';
import { pairZones, replanPair, SNOOZED } from '../../src/services/scheduling/nudges.js';
import { findPairById } from '../../src/storage/pairs/pair.repository.js';
import { days, hours, later, MENTEE_TZ, minutes, schedulerContext, type SeededPair, seedPairs, TEAM_ID } from '../support/scheduler.js';

import { useSchedulerScenario } from '../support/use-scheduler.js';

// Monday 5 January 2026, 15:30 in Paris and 09:30 in New York.
const OPENED = new Date('2026-01-05T14:30:00Z');
const DUE = later(OPENED, days(21));

const { database, standIn, tick } = useSchedulerScenario({ start: OPENED });

/** A snoozed meeting reminder per pair, due at `at` (a copy the planner leaves alone). */
async function snoozed(pairs: readonly SeededPair[], at: Date, tag: string): Promise<void> {
  await database.db
    .insertInto('jobs')
    .values(pairs.map((pair) => ({ kind: SNOOZED, pair_id: pair.pairId, dedupe_key: `${tag}:${pair.pairId}`, run_at: at, payload: JSON.stringify({ kind: 'meeting_overdue', days: 14 }) })))
    .execute();
}

/** The members answered (so three unanswered nudges never turn into the open question here). */
async function answered(pairs: readonly SeededPair[], at: Date): Promise<void> {
  await database.db.updateTable('pairs').set({ last_activity_at: at }).where('id', 'in', pairs.map((pair) => pair.pairId)).execute();
}

describe('members kept in Postgres', () => {
  it('asks Slack about each member once a day at most: after that, a nudge is one chat.postMessage', async () => {
    const pairs = await seedPairs(database.db, standIn, 20, { openedAt: OPENED, stage: 'nurture' });
    await snoozed(pairs, DUE, 'first');
    let mark = standIn.calls.length;
    // The snoozed copies, then (planned by the replans after them, due at once) the meeting reminders.
    const result = await tick(DUE);
    expect(result.done).toBeGreaterThanOrEqual(20);
    const first = standIn.calls.slice(mark);
    // Never stored: both members of each pair asked about once, however many nudges; then the posts.
    expect(first.filter((call) => call.method === 'users.info')).toHaveLength(40);
    expect(first.filter((call) => call.method === 'chat.postMessage')).toHaveLength(result.done);
    const stored = await database.db.selectFrom('slack_members').selectAll().where('user_id', 'in', pairs.map((pair) => pair.menteeId)).execute();
    expect(stored).toHaveLength(20);
    expect(stored.every((row) => row.tz === MENTEE_TZ && row.locale === 'en' && row.team_id === TEAM_ID)).toBe(true);

    // An hour later (the snoozed copies, and the meeting reminders the replans planned meanwhile):
    // one call per nudge, the post, and nothing else.
    await answered(pairs, later(DUE, minutes(30)));
    await snoozed(pairs, later(DUE, hours(1)), 'second');
    mark = standIn.calls.length;
    const second = await tick(later(DUE, hours(1)));
    expect(second.done).toBeGreaterThanOrEqual(20);
    expect(second).toMatchObject({ failed: 0, retried: 0 });
    expect(standIn.calls.slice(mark).map((call) => call.method)).toEqual(Array.from({ length: second.done }, () => 'chat.postMessage'));

    // A day after they were stored, each member is asked about once more.
    await answered(pairs, later(DUE, hours(2)));
    await snoozed(pairs, later(DUE, days(1)), 'third');
    mark = standIn.calls.length;
    const third = await tick(later(DUE, days(1)));
    expect(third.done).toBeGreaterThanOrEqual(20);
    expect(standIn.calls.slice(mark).filter((call) => call.method === 'users.info')).toHaveLength(40);
  });

  it('a user_change moves the stored zone at once; nudges are then planned in the new zone', async () => {
    const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: OPENED, stage: 'nurture' });
    const ctx = schedulerContext(database.db, standIn, { clock: () => OPENED });
    await replanPair(ctx, pair!.pairId);
    const row = (await findPairById(database.db, pair!.pairId))!;
    expect(await pairZones(ctx, row)).toEqual({ mentee: MENTEE_TZ, mentor: 'America/New_York' });

    const mark = standIn.calls.length;
    expect(await recordMemberChange(ctx, TEAM_ID, { id: pair!.menteeId, tz: 'Asia/Tokyo', profile: { display_name: 'Aiko' } })).toBe(true);
    expect(await pairZones(ctx, row)).toEqual({ mentee: 'Asia/Tokyo', mentor: 'America/New_York' });
    const member = await database.db.selectFrom('slack_members').selectAll().where('user_id', '=', pair!.menteeId).executeTakeFirstOrThrow();
    // The event carries no locale: the stored one stays.
    expect(member).toMatchObject({ tz: 'Asia/Tokyo', display_name: 'Aiko', locale: 'en' });
    expect(standIn.calls.slice(mark)).toEqual([]);

    // Nonsense is refused or replaced, never stored as is.
    expect(await recordMemberChange(ctx, TEAM_ID, { id: 'not an id', tz: 'Asia/Tokyo' })).toBe(false);
    await recordMemberChange(ctx, TEAM_ID, { id: pair!.menteeId, tz: 'Mars/Olympus_Mons' });
    expect(await pairZones(ctx, row)).toEqual({ mentee: 'UTC', mentor: 'America/New_York' });
  });
});
