/**
 * Attack probe (second review): sendFitAlert treats "my pending row was inserted" as "nothing was
 * posted yet", but keepForErase DELETES that row once the alert is kept. A fit-alert job whose
 * alert was posted and kept, but which is run again (its worker died or stalled before marking it
 * done and its lease lapsed, or the "done" write failed), inserts the pending row anew, skips the
 * history search and posts a SECOND alert quoting the member's comment to the same admin.
 */
import { describe, expect, it } from 'vitest';
import { useScenario } from '../support/use-scenario.js';
import { submitFit } from '../support/pulse.js';

const DAY_MS = 24 * 3600_000;
const START = new Date('2031-03-03T10:00:00Z');
const SECRET = 'QZX-RERUN: we do not get along';

describe('attack2: a fit-alert job run again after its alert was kept', () => {
  const { s, clock } = useScenario({ start: START, pulse: true });

  it('does not post the alert a second time', async () => {
    const pair = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    expect((await submitFit(s, pair.mentee, pair, 'not_a_fit', SECRET)).status).toBe(200);
    clock.set(new Date(clock.now().getTime() + 60_000));
    await s.harness.tick(clock.now());
    const copies = () => s.standIn.messages(s.admin.id).filter((message) => JSON.stringify(message).includes('QZX-RERUN'));
    expect(copies()).toHaveLength(1);
    // The worker stopped after keeping the alert, before its "done" landed: the job is taken up again.
    await s.db.updateTable('jobs').set({ state: 'pending', run_at: clock.now() }).where('kind', '=', 'fit_alert').execute();
    clock.set(new Date(clock.now().getTime() + 60_000));
    await s.harness.tick(clock.now());
    expect(copies()).toHaveLength(1);
  }, 300_000);
});
