/**
 * Concurrent work on one pair never fails (issue 12, point 10): a transaction Postgres aborts with a
 * deadlock (40P01) is run again by inTransaction instead of reaching anyone. Two transactions lock
 * two pairs in opposite orders, which is a real deadlock on a server; on the embedded database (one
 * connection, transactions one after the other) there is nothing to deadlock, so it is skipped there.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { inTransaction, isRetryable } from '../../src/storage/db/transaction.js';
import { TEST_DATABASE_URL } from '../support/database.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { seedPairs } from '../support/scheduler.js';
import { useTestDatabase } from '../support/use-database.js';

const database = useTestDatabase();

describe('inTransaction', () => {
  it('knows which failures may simply be run again', () => {
    expect(isRetryable({ code: '40P01' })).toBe(true);
    expect(isRetryable({ code: '40001' })).toBe(true);
    expect(isRetryable({ code: '23505' })).toBe(false);
    expect(isRetryable(new Error('deadlock detected'))).toBe(false);
  });

  it.skipIf(!TEST_DATABASE_URL)('two transactions locking two pairs in opposite orders both commit: the deadlock victim is run again (skipped on the embedded database: one connection cannot deadlock)', async () => {
    const standIn = await SlackStandIn.start();
    const [one, two] = await seedPairs(database.db, standIn, 2, { openedAt: new Date('2026-01-05T14:30:00Z') });
    await standIn.stop();
    if (!one || !two) throw new Error('no pairs');
    const attempts = { a: 0, b: 0 };
    let arrived = 0;
    let bothIn: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (bothIn = resolve));
    const lockBoth = (name: 'a' | 'b', first: number, second: number) =>
      inTransaction(database.db, async (trx) => {
        attempts[name] += 1;
        await sql`update pairs set last_activity_at = now() where id = ${first}`.execute(trx);
        // The first attempts wait for each other so that each holds one lock the other wants.
        if (attempts[name] === 1) {
          arrived += 1;
          if (arrived === 2) bothIn();
          await gate;
        }
        await sql`update pairs set last_activity_at = now() where id = ${second}`.execute(trx);
        return name;
      });
    const results = await Promise.all([lockBoth('a', one.pairId, two.pairId), lockBoth('b', two.pairId, one.pairId)]);
    expect(results).toEqual(['a', 'b']);
    // Exactly one of them was chosen as the victim and ran twice.
    expect(attempts.a + attempts.b).toBe(3);
  });
});
