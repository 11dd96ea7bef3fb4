/**
 * Attack probe: the watch job that turns a "checking…" message into "we could not finish (the bot
 * restarted): send the list again" fires CHECK_WATCH_MS after the check began, whether or not the
 * check is still running. A list the app accepts (500 lines of two emails, 30 kB, far under the
 * 200 kB file limit) takes 1,000 users.lookupByEmail calls, which the pacer spreads at 45 a minute:
 * about 22 minutes. At 15 minutes the admin reads "nothing was created, send it again" while the
 * check goes on, then the same message turns into the preview; an admin who resends meanwhile
 * starts a second check of the same list.
 * Fixed: the watch is now planned from the list's own lookups (checkWatchDelay), so the probe
 * measures the paced time against that delay instead of the former fixed CHECK_WATCH_MS.
 */
import { describe, expect, it } from 'vitest';
import { MAX_LIST_ROWS } from '../../src/domain/programme/pair-list.js';
import { CHECK_WATCH_MS, checkWatchDelay } from '../../src/services/programme/bulk-check.js';
import { readPairList } from '../../src/services/programme/pair-list-reader.js';
import { LookupPacer, type PaceClock } from '../../src/slack/platform/lookup-pacer.js';
import { MAX_LIST_FILE_BYTES } from '../../src/domain/programme/list-file.js';

function fakeClock(): PaceClock & { at: number } {
  const clock = { at: 0, now: () => clock.at, sleepUntil: async (at: number) => void (clock.at = Math.max(clock.at, at)) };
  return clock;
}

describe('attack: the check watch against the longest list we accept', () => {
  it('a full list of emails is checked before the watch declares the check dead', async () => {
    const csv = Array.from({ length: MAX_LIST_ROWS }, (_, i) => `mentor${i}@example.org,mentee${i}@example.org,Spring 2027`).join('\r\n');
    expect(Buffer.byteLength(csv)).toBeLessThan(MAX_LIST_FILE_BYTES);
    const lines = readPairList(csv);
    expect(lines).toHaveLength(MAX_LIST_ROWS);
    const emails = new Set(lines.flatMap((line) => ('problem' in line ? [] : [line.mentor, line.mentee])).map((ref) => JSON.stringify(ref)));
    const clock = fakeClock();
    const pacer = new LookupPacer(clock);
    await Promise.all([...emails].map(() => pacer.call('users.lookupByEmail', async () => undefined)));
    // Was: about 1,320,000 ms (22 minutes) against a fixed 900,000 ms watch.
    expect(clock.now()).toBe(22 * 60_000);
    expect(clock.now()).toBeLessThan(checkWatchDelay(lines));
  });

  it.each([
    ['two ids', 'U01,U02', CHECK_WATCH_MS],
    ['a handle (users.list read to its last page: 100 pages at 18 a minute)', '@ann,U02', CHECK_WATCH_MS],
    ['the longest list of emails', Array.from({ length: MAX_LIST_ROWS }, (_, i) => `m${i}@example.org,e${i}@example.org`).join('\n'), 38 * 60_000],
    ['the same email on every line counts once', Array.from({ length: MAX_LIST_ROWS }, (_, i) => `m@example.org,e${i}@example.org`).join('\n'), Math.ceil(11 * 60_000 * 1.5) + 5 * 60_000],
  ])('%s: the watch waits %i ms', (_what, csv, delay) => expect(checkWatchDelay(readPairList(csv))).toBe(delay));
});
