import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { CHECK_WATCH_MS } from '../../src/services/programme/bulk-check.js';
import { MAX_RETRY_AFTER_SECONDS } from '../../src/slack/platform/lookup-pacer.js';
import { type Person, Scenario } from '../support/e2e.js';
import { directMessages, latestBulk, pacedOn, submitPairList } from '../support/programme.js';

// Monday 1 March 2027, 09:00 UTC. Slack's per-minute limits are counted on this clock, and the app's
// pacer moves it on instead of sleeping.
const time = { now: new Date('2027-03-01T09:00:00Z') };

describe('pair many: looking people up at Slack’s pace', () => {
  let s: Scenario;
  let emails = 0;
  const withEmail = (role: string): Person => s.person(role, { email: `${role}${(emails += 1)}@example.org` });
  const emailOf = (person: Person) => person.email ?? '';

  beforeAll(async () => {
    s = await Scenario.start({ clock: () => time.now, paceClock: pacedOn(time) });
    s.standIn.useClock(() => time.now);
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('60 lines of 120 emails: more than Slack’s Tier 3 minute, the preview is complete and nothing is refused', async () => {
    const rows = Array.from({ length: 60 }, () => [withEmail('mentor'), withEmail('mentee')] as const);
    const mark = s.standIn.calls.length;
    const dms = directMessages(s, s.admin).length;
    const start = time.now.getTime();
    await submitPairList(s, s.admin, rows.map(([mentor, mentee]) => `${emailOf(mentor)} ${emailOf(mentee)} Spring`).join('\n'));
    const preview = await s.waitFor(() => directMessages(s, s.admin).find((text) => text.includes(fill(en.programme.bulk.title, { count: 60 }))));
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 60, invalid: 0 }));
    // Each address asked once: no call met a 429 (the stand-in refuses the 51st of a minute).
    const lookups = s.callsSince(mark, 'users.lookupByEmail');
    expect(lookups).toHaveLength(120);
    expect(new Set(lookups.map((call) => call.params.email)).size).toBe(120);
    // 45 a minute: the last 30 went in the third minute.
    expect(time.now.getTime() - start).toBeGreaterThanOrEqual(120_000);
    // Slack's answer to lookupByEmail describes the person: no users.info after it.
    const listed = new Set(rows.flat().map((person) => person.id));
    expect(s.callsSince(mark, 'users.info').filter((call) => listed.has(String(call.params.user)))).toHaveLength(0);
    // "Checking…" became the preview in place: one new message.
    const bulk = await latestBulk(s);
    expect(directMessages(s, s.admin)).toHaveLength(dms + 1);
    expect(s.standIn.messages(bulk.progress_channel ?? '').find((message) => message.ts === bulk.progress_ts)?.text).toContain(
      fill(en.programme.bulk.title, { count: 60 }),
    );
  }, 60_000);

  it('Slack answers 429 with Retry-After: 1 to the first lookups: they are waited out and asked again', async () => {
    const rows = Array.from({ length: 4 }, () => [withEmail('mentor'), withEmail('mentee')] as const);
    s.standIn.failNext('users.lookupByEmail', { status: 429, retryAfter: 1 }, 3);
    const mark = s.standIn.calls.length;
    const start = time.now.getTime();
    await submitPairList(s, s.admin, rows.map(([mentor, mentee]) => `${emailOf(mentor)},${emailOf(mentee)}`).join('\n'));
    const preview = await s.waitFor(() => directMessages(s, s.admin).find((text) => text.includes(fill(en.programme.bulk.title, { count: 4 }))));
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 4, invalid: 0 }));
    // Eight addresses, three of them asked a second time after their 429.
    expect(s.callsSince(mark, 'users.lookupByEmail')).toHaveLength(11);
    expect(time.now.getTime() - start).toBeGreaterThanOrEqual(1_000);
  }, 60_000);

  it('Slack asks for a wait longer than we keep a list waiting: the check stops, says so, and stores nothing', async () => {
    const [mentor, mentee] = [withEmail('mentor'), withEmail('mentee')];
    s.standIn.failNext('users.lookupByEmail', { status: 429, retryAfter: MAX_RETRY_AFTER_SECONDS + 1 }, 2);
    const lists = async () => (await s.db.selectFrom('bulk_pairings').select('id').execute()).length;
    const before = await lists();
    const dms = directMessages(s, s.admin).length;
    await submitPairList(s, s.admin, `${emailOf(mentor)} ${emailOf(mentee)}`);
    await s.waitFor(() => directMessages(s, s.admin).slice(dms).find((text) => text.includes(en.programme.bulk.checkStopped)));
    expect(await lists()).toBe(before);
    expect(directMessages(s, s.admin).slice(dms).join('\n')).not.toContain(fill(en.programme.bulk.checking, { people: 2 }));
  }, 60_000);

  it('answers the form at once with "checking…"; a check that never ends is said so, and a late preview still replaces it', async () => {
    const [mentor, first, second] = [withEmail('mentor'), withEmail('mentee'), withEmail('mentee')];
    const held = s.standIn.holdNext('users.lookupByEmail');
    const mark = s.standIn.calls.length;
    const dms = directMessages(s, s.admin).length;
    // The same address on two lines is looked up once.
    await submitPairList(s, s.admin, `${emailOf(mentor)} ${emailOf(first)}\n${emailOf(mentor)} ${emailOf(second)}`);
    await held.arrived;
    // The submission was answered (submitPairList checks its 200) while a lookup is still under way.
    const checking = fill(en.programme.bulk.checking, { people: 3 });
    await s.waitFor(() => directMessages(s, s.admin).slice(dms).find((text) => text.includes(checking)));
    // The process that checks this list "stops": the watch job, due later, says so instead of "checking…" for ever.
    await s.harness.tick(new Date(time.now.getTime() + CHECK_WATCH_MS));
    expect(directMessages(s, s.admin).slice(dms).join('\n')).toContain(en.programme.bulk.checkStopped);
    // Here the check was only slow: its preview takes the same message.
    held.release();
    const preview = await s.waitFor(() => directMessages(s, s.admin).slice(dms).find((text) => text.includes(fill(en.programme.bulk.title, { count: 2 }))));
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 2, invalid: 0 }));
    expect(directMessages(s, s.admin)).toHaveLength(dms + 1);
    expect(s.callsSince(mark, 'users.lookupByEmail').map((call) => call.params.email)).toHaveLength(3);
  }, 60_000);
});
