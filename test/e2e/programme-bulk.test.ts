import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { ACTION_BULK_OPEN } from '../../src/slack/programme/programme-ids.js';
import { mention, type Person, Scenario } from '../support/e2e.js';
import { clickAndWait, directMessages, latestBulk, pacedOn, submitPairList } from '../support/programme.js';

// Monday 1 March 2027, 09:00 UTC; the scheduler passes move the clock on by hand.
const time = { now: new Date('2027-03-01T09:00:00Z') };
const later = (seconds: number) => (time.now = new Date(time.now.getTime() + seconds * 1000));

describe('pair many: 60 lines, some bad, opened at Slack’s pace, then sent again', () => {
  let s: Scenario;
  const mentors: Person[] = [];
  const mentees: Person[] = [];
  let list = '';

  beforeAll(async () => {
    // Looking 112 people up takes more than users.info's minute: the pacer's waits move this clock on.
    s = await Scenario.start({ clock: () => time.now, paceClock: pacedOn(time) });
    s.standIn.useClock(() => time.now);
    for (let i = 0; i < 53; i += 1) {
      mentors.push(s.person('mentor', i % 10 === 0 ? { email: `mentor${i}@example.org` } : {}));
      mentees.push(s.person('mentee'));
    }
    // An earlier pair, opened two minutes before, so that one line is "already paired".
    const paired = { mentor: s.person('mentor'), mentee: s.person('mentee') };
    await s.run(s.admin, '/mentor', `pair ${mention(paired.mentor)} ${mention(paired.mentee)}`, 'CGENERAL');
    later(120);
    const gone = s.person('gone', { deleted: true });
    const good = mentors.map((mentor, i) => {
      const name = i % 10 === 0 ? mentor.email : i % 3 === 0 ? `@${mentor.name}` : mentor.id;
      return `${name} ${mentees[i]?.id} ${i < 30 ? '"Spring 2027"' : 'Autumn'}`;
    });
    const bad = [
      `@nobody-here ${mentees[0]?.id}`,
      `${s.standIn.botUserId} ${mentees[1]?.id}`,
      `${gone.id} ${mentees[2]?.id}`,
      `${mentors[3]?.id} ${mentors[3]?.id}`,
      `${paired.mentor.id} ${paired.mentee.id} Spring 2027`,
      `${mentees[5]?.id} ${mentors[5]?.id}`,
      'hello world',
    ];
    list = [...good.slice(0, 20), ...bad, ...good.slice(20)].join('\n');
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('opens the form from /mentor pair-many', async () => {
    const mark = s.standIn.calls.length;
    await s.send(s.admin, '/mentor', 'pair-many', 'CGENERAL');
    const open = await s.waitFor(() => s.callsSince(mark, 'views.open')[0]);
    expect(JSON.stringify(open.params.view)).toContain('programme_pair_many');
  });

  it('previews every line before anything is created', async () => {
    const creates = s.standIn.callsTo('conversations.create').length;
    await submitPairList(s, s.admin, list);
    const preview = await s.waitFor(() => directMessages(s, s.admin).find((text) => text.includes(fill(en.programme.bulk.title, { count: 60 }))));
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 53, invalid: 7 }));
    const statuses = en.programme.bulk.status;
    for (const problem of ['unknown_user', 'bot', 'deactivated', 'same_person', 'already_paired', 'duplicate_row', 'malformed'] as const) {
      expect(preview).toContain(statuses[problem]);
    }
    expect(preview).toContain(fill(en.programme.bulk.openButton, { count: 53 }));
    expect(s.standIn.callsTo('conversations.create')).toHaveLength(creates);
    const rows = await s.db.selectFrom('bulk_pairing_rows').select(['line_no', 'state', 'problem']).orderBy('line_no').execute();
    expect(rows).toHaveLength(60);
    expect(rows.slice(20, 27).map((row) => row.problem)).toEqual(['unknown_user', 'bot', 'deactivated', 'same_person', 'already_paired', 'duplicate_row', 'malformed']);
    // Emails went through users.lookupByEmail, handles through users.list.
    expect(s.standIn.callsTo('users.lookupByEmail').length).toBe(6);
    expect(s.standIn.callsTo('users.list').length).toBeGreaterThan(0);
  }, 60_000);

  it('opens 20 lines a minute, updates the message in place, resumes after a crash and a 429', async () => {
    // The preview's place is stored just after it is posted: wait for it.
    const bulk = await s.until(async () => {
      const latest = await latestBulk(s);
      return latest.progress_ts !== null && latest;
    });
    const creates = () => s.standIn.callsTo('conversations.create').length;
    const before = creates();
    const click = { channelId: bulk.progress_channel ?? '', actionId: ACTION_BULK_OPEN, value: String(bulk.id), messageTs: bulk.progress_ts ?? '' };
    const jobs = () => s.db.selectFrom('jobs').select('id').where('kind', '=', 'bulk_pairing').execute();
    await clickAndWait(s, s.admin, click, async () => (await jobs()).length === 1);
    // A second click (or Slack's retry) starts nothing more.
    const updates = s.standIn.callsTo('chat.update').length;
    await clickAndWait(s, s.admin, click, async () => s.standIn.callsTo('chat.update').length > updates);
    expect(await s.db.selectFrom('jobs').select('id').where('kind', '=', 'bulk_pairing').execute()).toHaveLength(1);

    await s.harness.tick(time.now);
    expect(creates() - before).toBe(20);
    const opened = () => s.db.selectFrom('bulk_pairing_rows').select('id').where('state', '=', 'opened').execute().then((rows) => rows.length);
    expect(await opened()).toBe(20);
    const progress = s.standIn.messages(bulk.progress_channel ?? '').find((message) => message.ts === bulk.progress_ts);
    expect(JSON.stringify(progress?.blocks)).toContain(fill(en.programme.bulk.progress, { opened: 20, ready: 33, failed: 0, invalid: 7 }));

    // The same minute: nothing is due, Slack is not asked again.
    await s.harness.tick(time.now);
    expect(creates() - before).toBe(20);

    // A crash: the pass that opened line 1 stopped before recording it, and the job was left running
    // (leases are counted on the database's clock).
    await s.db.updateTable('bulk_pairing_rows').set({ state: 'ready', pair_id: null }).where('line_no', '=', 1).execute();
    later(60);
    await s.db.updateTable('jobs').set({ state: 'running', lease_expires_at: new Date(Date.now() - 1000) }).where('kind', '=', 'bulk_pairing').execute();
    // And Slack rate-limits the first new channel of this minute.
    s.standIn.failNext('conversations.create', { status: 429, retryAfter: 30 });
    await s.harness.tick(time.now);
    // Line 1 is found opened (no second channel); the next line met the 429 and waits its 30 seconds.
    expect(await opened()).toBe(20);
    later(30);
    await s.harness.tick(time.now);
    expect(await opened()).toBe(40);
    later(60);
    await s.harness.tick(time.now);
    expect(await opened()).toBe(53);
    expect((await latestBulk(s)).state).toBe('done');
    // Every valid line once: 53 channels (the 429 one was asked again), none twice.
    expect(s.standIn.callsTo('conversations.create').filter((call) => call.params.name !== undefined)).toHaveLength(before + 54);
    const pairs = await s.db.selectFrom('bulk_pairing_rows').select('pair_id').where('state', '=', 'opened').execute();
    expect(new Set(pairs.map((row) => row.pair_id)).size).toBe(53);
    const cohorts = await s.db
      .selectFrom('pair_cohorts as pc')
      .innerJoin('cohorts as c', 'c.id', 'pc.cohort_id')
      .select((eb) => ['c.name', eb.fn.countAll<number>().as('n')])
      .groupBy('c.name')
      .orderBy('c.name')
      .execute();
    expect(cohorts.map((row) => [row.name, Number(row.n)])).toEqual([
      ['Autumn', 23],
      ['Spring 2027', 30],
    ]);
    const done = s.standIn.messages(bulk.progress_channel ?? '').find((message) => message.ts === bulk.progress_ts);
    expect(JSON.stringify(done?.blocks)).toContain(en.programme.bulk.done);
  }, 240_000);

  it('sent again, the same list opens nothing twice', async () => {
    const creates = s.standIn.callsTo('conversations.create').length;
    const dms = directMessages(s, s.admin).length;
    await submitPairList(s, s.admin, list);
    const preview = await s.waitFor(() => directMessages(s, s.admin).slice(dms).find((text) => text.includes(en.programme.bulk.preview))).catch(() => {
      throw new Error(directMessages(s, s.admin).slice(dms).join('\n---\n'));
    });
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 0, invalid: 60 }));
    expect(preview).toContain(en.programme.bulk.nothingToOpen);
    expect(preview).not.toContain(fill(en.programme.bulk.openButton, { count: 0 }));
    later(120);
    await s.harness.tick(time.now);
    expect(s.standIn.callsTo('conversations.create')).toHaveLength(creates);
  }, 60_000);
});
