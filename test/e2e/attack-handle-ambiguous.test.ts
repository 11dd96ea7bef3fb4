/**
 * Attack probe: a "pair many" line names people by @handle, and userIdsByHandle matches Slack's
 * `name` OR `profile.display_name`, keeping the first match. Display names are not unique in Slack
 * (two "Alex"), so `@alex` silently resolves to whichever Alex users.list returns first and the
 * preview says "will open": a private mentoring channel opens with a stranger. The stand-in sets
 * display_name = name, so two users named alex stand for two people displayed "alex".
 * Pre-existing lookup, now fed 500-line uploaded files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scenario } from '../support/e2e.js';
import { latestBulk, pacedOn, submitPairList } from '../support/programme.js';

const time = { now: new Date('2027-03-01T09:00:00Z') };

describe('attack: an @handle two people answer to', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await Scenario.start({ clock: () => time.now, paceClock: pacedOn(time) });
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('is not read as one of them at random', async () => {
    s.person('mentor', { name: 'alex' });
    s.person('mentor', { name: 'alex' });
    const mentee = s.person('mentee');
    await submitPairList(s, s.admin, `@alex <@${mentee.id}> Spring`);
    await s.until(async () => (await s.db.selectFrom('bulk_pairings').select('id').execute()).length > 0 || undefined);
    const bulk = await latestBulk(s);
    const rows = await s.db.selectFrom('bulk_pairing_rows').selectAll().where('bulk_id', '=', bulk.id).execute();
    // Bug: one row "will open" (problem null) with the first alex; it should be refused as ambiguous (or unknown).
    expect(rows.map((row) => row.problem)).not.toEqual([null]);
  }, 60_000);
});
