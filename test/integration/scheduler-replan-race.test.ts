/**
 * No lost reminder: a member adds an action item while a nudge of the pair is being sent. The
 * scheduler's replan after the send reads the pair's facts afresh under the pair's lock, so the
 * new item's reminders survive. The send is held open by a proxy in front of the Slack stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedulerPass } from '../../src/scheduler/worker.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { HoldingProxy } from '../support/holding-proxy.js';
import { days, later, pendingJobsOfPair, schedulerContext, seedPairs } from '../support/scheduler.js';
import { useTestDatabase } from '../support/use-database.js';
import { useStandIn } from '../support/use-stand-in.js';

// Monday 5 January 2026, 15:30 in Paris and 09:30 in New York; the meeting is overdue 21 days later.
const OPENED = new Date('2026-01-05T14:30:00Z');
const DUE = later(OPENED, days(21));

describe('a member’s change while a nudge is in flight', () => {
  const database = useTestDatabase();
  const standIn = useStandIn();
  let proxy: HoldingProxy;

  beforeAll(async () => {
    proxy = await HoldingProxy.start(standIn.apiUrl);
  });

  afterAll(async () => {
    await proxy?.stop();
  });

  it('keeps the new item’s due and overdue reminders: the replan after the send works from fresh facts', async () => {
    const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: OPENED, stage: 'nurture' });
    const member = schedulerContext(database.db, standIn, { clock: () => DUE });
    await replanPair(member, pair!.pairId);
    expect((await pendingJobsOfPair(database.db, pair!.pairId)).map((job) => job.kind)).toEqual(['meeting_overdue']);

    proxy.hold('chat.postMessage');
    const pass = runSchedulerPass(schedulerContext(database.db, standIn, { clock: () => DUE, apiUrl: proxy.apiUrl }), DUE);
    await proxy.untilHeld(1);

    // Meanwhile the mentee logs `next: send the CV by 10 February`: the item, then the replan the log service runs.
    await database.db.insertInto('action_items').values({ pair_id: pair!.pairId, text: 'Send the CV', created_by: pair!.menteeId, due_on: '2026-02-10' }).execute();
    await replanPair(member, pair!.pairId);
    const planned = (await pendingJobsOfPair(database.db, pair!.pairId)).map((job) => job.kind).sort();
    expect(planned).toEqual(['action_due', 'action_overdue']);

    proxy.release();
    expect(await pass).toMatchObject({ claimed: 1, done: 1 });
    expect(standIn.messages(pair!.channelId)).toHaveLength(1);
    const after = await pendingJobsOfPair(database.db, pair!.pairId);
    expect(after.map((job) => job.kind).sort()).toEqual(['action_due', 'action_overdue']);
    expect(after.every((job) => job.state === 'pending')).toBe(true);
  });
});
