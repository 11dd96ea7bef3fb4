import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { runSchedulerPass } from '../../src/scheduler/worker.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { claimDelivery, clearDeliveryProblem, markDeliveryProblem, pruneDeliveries } from '../../src/storage/scheduling/delivery.repository.js';
import { days, later, schedulerContext, seedPairs } from '../support/scheduler.js';
import { useTestDatabase } from '../support/use-database.js';

const database = useTestDatabase();

describe('claimDelivery', () => {
  it('is true once per key, however many deliveries race for it', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => claimDelivery(database.db, 'command:1.2.race')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claimDelivery(database.db, 'command:1.2.race')).toBe(false);
    expect(await claimDelivery(database.db, 'action:1.2.race')).toBe(true);
  });

  it('keys older than a day are pruned; recent ones stay and still refuse a repeat', async () => {
    await claimDelivery(database.db, 'command:old');
    await claimDelivery(database.db, 'command:recent');
    await sql`update slack_deliveries set received_at = now() - interval '25 hours' where key = 'command:old'`.execute(database.db);
    expect(await pruneDeliveries(database.db)).toBe(1);
    expect(await claimDelivery(database.db, 'command:recent')).toBe(false);
    const keys = await database.db.selectFrom('slack_deliveries').select('key').where('key', 'like', 'command:%').execute();
    expect(keys.map((row) => row.key).sort()).toEqual(['command:1.2.race', 'command:recent']);
  });
});

describe('a pair’s delivery problem', () => {
  it('is noted once until cleared, with why and when; the database refuses a reason without a time', async () => {
    const pair = await database.db
      .insertInto('pairs')
      .values({ team_id: 'T1', mentor_id: 'UA', mentee_id: 'UB', created_by: 'UADMIN', channel_id: 'C1', channel_name: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const at = new Date('2026-01-27T14:30:00Z');
    expect(await markDeliveryProblem(database.db, pair.id, 'is_archived', at)).toBe(true);
    expect(await markDeliveryProblem(database.db, pair.id, 'not_in_channel', new Date('2026-01-28T00:00:00Z'))).toBe(false);
    const row = await database.db.selectFrom('pairs').select(['delivery_problem', 'delivery_problem_at']).where('id', '=', pair.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ delivery_problem: 'is_archived', delivery_problem_at: at });

    expect(await clearDeliveryProblem(database.db, pair.id)).toBe(true);
    expect(await clearDeliveryProblem(database.db, pair.id)).toBe(false);
    await expect(
      database.db.updateTable('pairs').set({ delivery_problem: 'is_archived' }).where('id', '=', pair.id).execute(),
    ).rejects.toThrow();
  });
});

describe('who is told when a pair’s channel is out of reach', () => {
  // Monday 5 January 2026, 15:30 in Paris; the meeting is overdue at a working hour 21 days later.
  const OPENED = new Date('2026-01-05T14:30:00Z');
  const DUE = later(OPENED, days(21));

  it.each<{ case: string; adminUserIds: string[]; createdBy: string; told: string[] }>([
    { case: 'every programme admin in ADMIN_USER_IDS, once each', adminUserIds: ['UPROG1', 'UPROG2'], createdBy: 'UOPENER1', told: ['UPROG1', 'UPROG2'] },
    { case: 'without ADMIN_USER_IDS, the workspace admin who opened the pair', adminUserIds: [], createdBy: 'UOPENER2', told: ['UOPENER2'] },
  ])('$case', async ({ adminUserIds, createdBy, told }) => {
    const standIn = await SlackStandIn.start();
    try {
      for (const id of ['UPROG1', 'UPROG2', createdBy]) standIn.addUser({ id, name: id.toLowerCase(), isAdmin: true });
      const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: OPENED, createdBy });
      await replanPair(schedulerContext(database.db, standIn, { clock: () => OPENED }), pair!.pairId);
      standIn.channels.get(pair!.channelId)!.archived = true;

      const ctx = schedulerContext(database.db, standIn, { adminUserIds, clock: () => DUE });
      expect(await runSchedulerPass(ctx, DUE)).toMatchObject({ failed: 1 });
      await runSchedulerPass(ctx, later(DUE, days(1)));

      const notice = fill(en.delivery.adminNotice.is_archived, { channel: `<#${pair!.channelId}>` });
      const dms = standIn.callsTo('chat.postMessage').filter((call) => call.params.channel !== pair!.channelId);
      // One notice per admin, each its own job: the order they go out in is not promised.
      const sent = dms.map((call) => [call.params.channel, call.params.text]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(sent).toEqual([...told].sort().map((id) => [id, notice]));
    } finally {
      await standIn.stop();
    }
  });
});
