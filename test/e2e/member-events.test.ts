/**
 * `user_change` through the real Bolt receiver: a signed event updates the member's stored profile
 * (zone, name, admin flag) that the scheduler reads, without any call to Slack; a retried delivery
 * changes nothing more.
 */
import { describe, expect, it } from 'vitest';
import { useScenario } from '../support/use-scenario.js';

const { s } = useScenario();

describe('user_change', () => {
  it('moves the stored zone and name at once, asks Slack nothing, and a retried delivery is harmless', async () => {
    const pair = await s.pairAt('nurture', { mentee: s.person('mentee', { tz: 'Europe/Paris' }) });
    const member = () => s.db.selectFrom('slack_members').selectAll().where('user_id', '=', pair.mentee.id).executeTakeFirst();
    const mark = s.standIn.calls.length;
    const event = { type: 'user_change', user: { id: pair.mentee.id, name: 'mentee', tz: 'Asia/Tokyo', is_admin: false, profile: { display_name: 'Aiko' } } };

    const sent = await s.harness.slack.event(event, { eventId: 'EvUSERCHANGE1' });
    expect(sent.status).toBe(200);
    const stored = await s.until(async () => ((await member())?.tz === 'Asia/Tokyo' ? await member() : undefined));
    expect(stored).toMatchObject({ tz: 'Asia/Tokyo', display_name: 'Aiko', is_admin: false });

    await s.harness.slack.event(event, { eventId: 'EvUSERCHANGE1', retryNum: 1 });
    expect(await s.db.selectFrom('slack_members').selectAll().where('user_id', '=', pair.mentee.id).execute()).toHaveLength(1);
    expect(s.standIn.calls.slice(mark).filter((call) => call.method === 'users.info')).toEqual([]);
  });
});
