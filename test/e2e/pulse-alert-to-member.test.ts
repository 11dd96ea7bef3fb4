/**
 * The "not a good fit" alert (answer and private comment) goes to programme admins who are not the
 * pair's members: an admin who mentors the pair never reads their mentee's comment (found by a
 * hostile review; the probe is kept).
 */
import { describe, expect, it } from 'vitest';
import { useScenario } from '../support/use-scenario.js';
import { directMessages, submitFit } from '../support/pulse.js';
import { MENTEE_TZ } from '../support/scheduler.js';

const DAY_MS = 24 * 3600_000;
const START = new Date('2031-03-03T10:00:00Z');
const SECRET = 'QZXPRIVATEMENTEECOMMENT4411';

describe('fit alert reaches the other member when that member is a programme admin', () => {
  const { s, clock } = useScenario({ start: START, pulse: true });

  it('mentee says not a good fit; the admin-mentor must not get the comment', async () => {
    const mentee = s.person('mentee', { tz: MENTEE_TZ });
    const pair = await s.pairAt('nurture', { mentor: s.admin, mentee });
    await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    const reply = await submitFit(s, pair.mentee, pair, 'not_a_fit', `${SECRET} my mentor never listens`);
    expect(reply.status).toBe(200);
    await s.harness.tick(clock.now());
    await s.harness.tick(new Date(clock.now().getTime() + 5 * 60_000));
    const toMentor = directMessages(s, pair.mentor).filter((m) => m.raw.includes(SECRET));
    expect(toMentor).toEqual([]);
  }, 300_000);
});
