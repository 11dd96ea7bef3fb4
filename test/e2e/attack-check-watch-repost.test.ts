/**
 * Attack probe: when the "checking…" message cannot be turned into the preview (chat.update fails
 * once: a 5xx, a rate limit), the preview is posted as a new message and the list is stored under
 * it. The watch job still looks at the first message, finds no list under it and rewrites it:
 * "we could not finish checking this list … Nothing was created: please send the list again",
 * right above a live preview with its Open button. An admin who believes it sends the list again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { CHECK_WATCH_MS } from '../../src/services/programme/bulk-check.js';
import { type Person, Scenario } from '../support/e2e.js';
import { latestBulk, pacedOn, submitPairList } from '../support/programme.js';

const time = { now: new Date('2027-03-01T09:00:00Z') };

describe('attack: the check watch after the preview was posted anew', () => {
  let s: Scenario;
  let people: Person[];

  beforeAll(async () => {
    s = await Scenario.start({ clock: () => time.now, paceClock: pacedOn(time) });
    people = [s.person('mentor'), s.person('mentee'), s.person('mentor'), s.person('mentee')];
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('never tells the admin "nothing was created, send it again" beside a live preview', async () => {
    const before = s.standIn.messages(s.admin.id).length;
    s.standIn.failNext('chat.update', { error: 'internal_error' }, 1);
    await submitPairList(s, s.admin, `<@${people[0]?.id}> <@${people[1]?.id}>\n<@${people[2]?.id}> <@${people[3]?.id}>`);
    const title = fill(en.programme.bulk.title, { count: 2 });
    await s.waitFor(() => s.standIn.messages(s.admin.id).slice(before).find((m) => JSON.stringify(m).includes(title)));
    const bulk = await latestBulk(s);
    expect(bulk.state).toBe('preview');
    // The scheduler's look at the first message, once its watch is due.
    time.now = new Date(time.now.getTime() + CHECK_WATCH_MS + 60_000);
    await s.harness.tick(time.now);
    const mine = s.standIn.messages(s.admin.id).slice(before);
    const stopped = mine.filter((m) => JSON.stringify(m).includes(en.programme.bulk.checkStopped.slice(0, 40)));
    // Bug: the old "checking…" message now says the check failed and nothing was created.
    expect(stopped.map((m) => m.ts)).toEqual([]);
    expect((await latestBulk(s)).state).toBe('preview');
  }, 60_000);
});
