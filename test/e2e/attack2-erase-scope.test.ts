/**
 * Attack probe (second review): erase searches the DM of any fit alert left pending with
 * conversations.history, which needs the NEW scope im:history. An installation made before that
 * scope was added (Slack keeps the old grant until an admin reinstalls) answers missing_scope;
 * markedCopies only forgives channel_not_found, so every erase of such a pair (by hand or by
 * retention) throws, and the admin is never told in words that the app needs im:history.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_ERASE_CONFIRM, ACTION_FIT_CLOSE } from '../../src/slack/ids.js';
import { clickInDm, submitFit } from '../support/pulse.js';
import { useScenario } from '../support/use-scenario.js';

const DAY_MS = 24 * 3600_000;
const START = new Date('2031-03-03T10:00:00Z');

describe('attack2: erase of a pair with a pending alert row, on an install without im:history', () => {
  const { s, clock } = useScenario({ start: START, pulse: true });

  it('erases (or says in words which scope is missing), never fails for good on missing_scope', async () => {
    const pair = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    expect((await submitFit(s, pair.mentee, pair, 'not_a_fit', 'QZX-SCOPE secret')).status).toBe(200);
    clock.set(new Date(clock.now().getTime() + 60_000));
    await s.harness.tick(clock.now());
    const row = await s.db.selectFrom('pair_direct_messages').select(['id', 'channel_id']).where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow();
    // As the first review's probe shows, a lost answer leaves exactly this row behind.
    await s.db.updateTable('pair_direct_messages').set({ ts: `pending:${pair.pairId}:${pair.mentee.id}` }).where('id', '=', row.id).execute();
    s.standIn.revokeScope('im:history');

    expect((await clickInDm(s, s.admin, ACTION_FIT_CLOSE, pair.pairId)).text).toBeTruthy();
    await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM');
    const answer = await clickInDm(s, s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    const erased = await s.db.selectFrom('erasures').select('pair_id').where('pair_id', '=', pair.pairId).execute();
    const said = JSON.stringify(answer) + JSON.stringify(s.standIn.messages(s.admin.id).slice(-2));
    expect(erased.length === 1 || said.includes('im:history'), `erase answered: ${said.slice(0, 600)}`).toBe(true);
    // The choice made (README, erase): erase goes on, drops the rows, and says which scope would have found the alert.
    expect(erased).toHaveLength(1);
    expect(JSON.stringify(answer)).toContain('im:history');
    expect(await s.db.selectFrom('pair_direct_messages').select('id').where('pair_id', '=', pair.pairId).execute()).toEqual([]);
  }, 300_000);
});

describe('attack2: retention erases such a pair too, and logs that an alert may remain', () => {
  const logged: Array<{ message: string; details?: Record<string, unknown> }> = [];
  const { s, clock } = useScenario({ start: START, pulse: true, retentionDays: 30, log: (message, details) => logged.push({ message, details }) });

  it('erases the pair and logs which scope would have found the alert', async () => {
    const pair = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    expect((await submitFit(s, pair.mentee, pair, 'not_a_fit', 'QZX-SCOPE-RETENTION secret')).status).toBe(200);
    clock.set(new Date(clock.now().getTime() + 60_000));
    await s.harness.tick(clock.now());
    const row = await s.db.selectFrom('pair_direct_messages').select('id').where('pair_id', '=', pair.pairId).orderBy('id').executeTakeFirstOrThrow();
    await s.db.updateTable('pair_direct_messages').set({ ts: `pending:${pair.pairId}:${pair.mentee.id}` }).where('id', '=', row.id).execute();
    s.standIn.revokeScope('im:history');
    await s.db.updateTable('pairs').set({ stage: 'closed', closed_at: new Date(clock.now().getTime() - 31 * DAY_MS) }).where('id', '=', pair.pairId).execute();

    await s.harness.tick(clock.now());
    expect(await s.db.selectFrom('erasures').select('erased_by').where('pair_id', '=', pair.pairId).execute()).toEqual([{ erased_by: 'retention' }]);
    expect(logged.some((line) => line.message.includes('im:history') && line.details?.pairId === pair.pairId)).toBe(true);
    expect(logged.some((line) => line.message === 'retention could not erase a pair yet')).toBe(false);
  }, 300_000);
});
