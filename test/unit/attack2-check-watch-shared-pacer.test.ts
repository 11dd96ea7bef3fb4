/**
 * Attack probe (second review): the watch is planned from ONE list's lookups "when nothing else
 * competes" (lookup-budgets.ts), but the pacer's budget is shared by the whole process. Two admins
 * (or one admin sending a second file) checking two long lists at once split the 45 lookups a
 * minute: the second list ends at ~44 minutes, its watch fires at 38, rewrites its "checking…"
 * message as "nothing was created, send it again" while the check goes on (and noteCheckStored then
 * finds no pending watch to note the list in). The admin resends: a second check of the same list.
 * Fixed by planning the second watch from both lists' lookups (checks under way in this process)
 * and putting the first one's watch back as late (bulk-check.ts watchCheck); the probe now plans
 * the second watch as watchCheck does, with the first list alongside.
 */
import { describe, expect, it } from 'vitest';
import { MAX_LIST_ROWS } from '../../src/domain/programme/pair-list.js';
import { checkWatchDelay } from '../../src/services/programme/bulk-check.js';
import { readPairList } from '../../src/services/programme/pair-list-reader.js';
import { plannedLookups } from '../../src/services/programme/resolve-people.js';
import { LookupPacer, type PaceClock } from '../../src/slack/platform/lookup-pacer.js';

function fakeClock(): PaceClock & { at: number } {
  const clock = { at: 0, now: () => clock.at, sleepUntil: async (at: number) => void (clock.at = Math.max(clock.at, at)) };
  return clock;
}

describe('attack2: two long lists checked side by side on one pacer', () => {
  it('each list is checked before its own watch declares it dead', async () => {
    const list = (tag: string) => Array.from({ length: MAX_LIST_ROWS }, (_, i) => `m${tag}${i}@example.org,e${tag}${i}@example.org`).join('\n');
    const [a, b] = [readPairList(list('a')), readPairList(list('b'))];
    const clock = fakeClock();
    const pacer = new LookupPacer(clock);
    const ends: number[] = [];
    const check = async (lines: typeof a) => {
      const refs = lines.flatMap((line) => ('problem' in line ? [] : [line.mentor, line.mentee]));
      await Promise.all(refs.map(() => pacer.call('users.lookupByEmail', async () => undefined)));
      ends.push(clock.now());
    };
    await Promise.all([check(a), check(b)]);
    const lastEnd = Math.max(...ends);
    // b starts while a is under way: both watches are due after b's delay planned with a alongside.
    const watch = checkWatchDelay(b, [plannedLookups(a)]);
    expect(lastEnd, `last list ends at ${lastEnd / 60_000} min, its watch at ${watch / 60_000} min`).toBeLessThan(watch);
  });
});
