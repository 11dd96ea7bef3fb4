/**
 * Without ADMIN_USER_IDS the alert goes to the admin who opened the pair, checked fresh when it is
 * sent: demoted in Slack since, they no longer receive members' private comments (found by a hostile
 * review; the probe is kept).
 */
import { describe, expect, it } from 'vitest';
import { useScenario } from '../support/use-scenario.js';
import { directMessages, submitFit } from '../support/pulse.js';
import { MENTEE_TZ, MENTOR_TZ } from '../support/scheduler.js';

const DAY_MS = 24 * 3600_000;
const START = new Date('2031-03-03T10:00:00Z');
const SECRET = 'QZXDEMOTEDSEESCOMMENT7789';

describe('fit alert to a creator who is no longer an admin', () => {
  const { s, clock } = useScenario({ start: START, pulse: true, adminUserIds: [] });

  it('the demoted creator must not receive the private comment', async () => {
    const boss = s.person('boss', { isAdmin: true });
    const mentor = s.person('mentor', { tz: MENTOR_TZ });
    const mentee = s.person('mentee', { tz: MENTEE_TZ });
    const opened = await s.openPair({ admin: boss, mentor, mentee });
    const pair = { ...opened };
    for (const next of ['engage', 'nurture']) await s.moveOn(mentee, pair.channelId, next);
    expect((await s.pairRow(pair.pairId)).stage).toBe('nurture');
    const stored = s.standIn.user(boss.id);
    if (!stored) throw new Error('no boss');
    stored.isAdmin = false; // demoted in Slack
    await s.run(mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    const reply = await submitFit(s, mentee, pair, 'not_a_fit', `${SECRET} private`);
    expect(reply.status).toBe(200);
    await s.harness.tick(clock.now());
    await s.harness.tick(new Date(clock.now().getTime() + 5 * 60_000));
    expect(directMessages(s, boss).filter((m) => m.raw.includes(SECRET))).toEqual([]);
  }, 300_000);
});
