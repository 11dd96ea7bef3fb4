/**
 * Attack probe: a "pair many" line names people by @handle, and userIdsByHandle matches Slack's
 * `name` OR `profile.display_name`, keeping the first match. Display names are not unique in Slack
 * (two "Alex"), so `@alex` silently resolves to whichever Alex users.list returns first and the
 * preview says "will open": a private mentoring channel opens with a stranger. The stand-in sets
 * display_name = name, so two users named alex stand for two people displayed "alex".
 * Pre-existing lookup, now fed 500-line uploaded files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { Scenario } from '../support/e2e.js';
import { directMessages, latestBulk, pacedOn, submitPairList } from '../support/programme.js';

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

  const previewOf = async (text: string, dms: number) => {
    await submitPairList(s, s.admin, text);
    return s.waitFor(() => directMessages(s, s.admin).slice(dms).find((shown) => shown.includes(fill(en.programme.bulk.title, { count: 1 }))));
  };

  it('two people shown as "Alex" (different usernames): the line is refused as ambiguous, in the preview', async () => {
    s.person('mentor', { name: 'alex.b', displayName: 'Alex' });
    s.person('mentor', { name: 'alex.c', displayName: 'Alex' });
    const mentee = s.person('mentee');
    const preview = await previewOf(`@Alex <@${mentee.id}>`, directMessages(s, s.admin).length);
    expect(preview).toContain(en.programme.bulk.status.ambiguous_handle);
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 0, invalid: 1 }));
  }, 60_000);

  it('a username that is someone else’s display name is ambiguous (Slack shows display names); a deactivated or bot display name does not count', async () => {
    s.person('mentor', { name: 'sam' });
    s.person('mentor', { name: 'samuel.k', displayName: 'sam' });
    const kim = s.person('mentor', { name: 'kim.r', displayName: 'kim' });
    s.person('mentor', { name: 'kim.old', displayName: 'kim', deleted: true });
    s.person('mentor', { name: 'kimbot', displayName: 'kim', isBot: true });
    const [first, second] = [s.person('mentee'), s.person('mentee')];
    await submitPairList(s, s.admin, `@sam <@${first.id}>\n@kim <@${second.id}>`);
    await s.until(async () => (await s.db.selectFrom('bulk_pairing_rows').select('id').where('mentee_id', '=', second.id).execute()).length > 0 || undefined);
    const bulk = await latestBulk(s);
    const rows = await s.db.selectFrom('bulk_pairing_rows').selectAll().where('bulk_id', '=', bulk.id).orderBy('line_no').execute();
    expect(rows.map((row) => [row.mentor_id, row.problem])).toEqual([
      [null, 'ambiguous_handle'],
      [kim.id, null],
    ]);
  }, 60_000);
});
