/**
 * Two lists checked side by side in one process share its lookup pacer, so each takes as long as
 * both together: the second watch is planned from both lists' lookups and the first one's watch is
 * put back as late; a check that ended no longer counts.
 */
import { describe, expect, it } from 'vitest';
import { BULK_CHECK_JOB, checkWatchDelay, watchCheck } from '../../src/services/programme/bulk-check.js';
import { readPairList } from '../../src/services/programme/pair-list-reader.js';
import { plannedLookups } from '../../src/services/programme/resolve-people.js';
import { schedulerContext } from '../support/scheduler.js';
import { useTestDatabase } from '../support/use-database.js';
import { useStandIn } from '../support/use-stand-in.js';

const NOW = new Date('2027-03-01T09:00:00Z');
const list = (tag: string, rows: number) =>
  readPairList(Array.from({ length: rows }, (_, i) => `m${tag}${i}@example.org,e${tag}${i}@example.org`).join('\n'));

describe('the watches of checks under way side by side', () => {
  const database = useTestDatabase();
  const standIn = useStandIn();

  it('the later check plans from both lists, the earlier watch waits as long, an ended check stops counting', async () => {
    const ctx = schedulerContext(database.db, standIn, { clock: () => NOW });
    const [a, b, c] = [list('a', 400), list('b', 400), list('c', 400)];
    const runAt = async (ts: string) =>
      (await database.db.selectFrom('jobs').select('run_at').where('kind', '=', BULK_CHECK_JOB).where('dedupe_key', 'like', `%:${ts}`).executeTakeFirstOrThrow()).run_at;

    const endA = await watchCheck(ctx, { teamId: 'T1', actorId: 'U1', lines: a }, { channelId: 'D1', ts: '1.1' });
    expect((await runAt('1.1')).getTime()).toBe(NOW.getTime() + checkWatchDelay(a));
    const endB = await watchCheck(ctx, { teamId: 'T1', actorId: 'U2', lines: b }, { channelId: 'D2', ts: '2.2' });
    const both = NOW.getTime() + checkWatchDelay(b, [plannedLookups(a)]);
    expect(both).toBeGreaterThan(NOW.getTime() + checkWatchDelay(a));
    expect((await runAt('2.2')).getTime()).toBe(both);
    expect((await runAt('1.1')).getTime()).toBe(both);

    endA();
    endB();
    const endC = await watchCheck(ctx, { teamId: 'T1', actorId: 'U3', lines: c }, { channelId: 'D3', ts: '3.3' });
    endC();
    expect((await runAt('3.3')).getTime()).toBe(NOW.getTime() + checkWatchDelay(c));
    expect((await runAt('1.1')).getTime()).toBe(both);
  });
});
