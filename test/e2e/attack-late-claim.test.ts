/**
 * Attack probe (found by the hostile review, kept as a test): a form claim given up on (the database
 * was slow) used to be released when it landed late, which could swallow the person's retry: their
 * second Submit (the same view, so the same key) queued behind the first, read "repeat", and was
 * dropped, and then the key was freed, so nothing carried the form out. A form's late claim now
 * carries out the first submission (acceptOnce's lateClaim), so the retry may well be a repeat.
 * Postgres only: a second connection holds the table lock that makes the first claim slow.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/domain/errors.js';
import { CLAIM_DEADLINE_MS, firstDelivery } from '../../src/services/scheduling/delivery.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL } from '../support/database.js';
import { openDatabase } from '../../src/storage/db/database.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { appContext } from '../support/scheduler.js';
import { useStandIn } from '../support/use-stand-in.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('attack: a late claim released after the retry read it as a repeat', () => {
  const standIn = useStandIn();

  it.skipIf(!TEST_DATABASE_URL)('the retry the person was told to make is carried out (or told to try again), never silently dropped', async () => {
    const server = await createServerDatabaseUrl();
    if (server === undefined) return;
    const handle = await openDatabase({ url: server.url });
    await migrate(handle);
    const ctx = appContext(handle.db, standIn);
    const blocker = new pg.Client({ connectionString: server.url });
    await blocker.connect();
    try {
      const key = 'view:attack:U1:V1';
      // Something else holds the table for a moment (a vacuum, a long writer): the claim waits.
      await blocker.query('begin');
      await blocker.query('lock table slack_deliveries in exclusive mode');
      let late: Promise<boolean> | undefined;
      const first = await firstDelivery(ctx, key, { lateClaim: (landed) => (late = landed) }).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(first)).toBe(true); // "try again" beside the form
      // The person presses Submit again at once; the lock goes while this second claim waits.
      const second = firstDelivery(ctx, key, { lateClaim: () => undefined }).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      await wait(Math.min(300, CLAIM_DEADLINE_MS / 4));
      await blocker.query('commit');
      const retry = await second;
      // Let the first claim land.
      await wait(500);
      const left = await handle.db.selectFrom('slack_deliveries').select('key').where('key', '=', key).execute();
      // Exactly one of the two carries the form out: the retry (true), or the first once its claim
      // landed (late: true, the retry a repeat); the claim stays, so a third Submit is a repeat too.
      expect(late).toBeDefined();
      const firstLanded = await late;
      const retryCarriesOut = 'value' in retry && retry.value;
      expect(retryCarriesOut !== firstLanded, `retry ${JSON.stringify(retry)}, first landed ${String(firstLanded)}`).toBe(true);
      expect(left).toHaveLength(1);
    } finally {
      await blocker.end().catch(() => undefined);
      await handle.close();
      await server.drop();
    }
  }, 60_000);
});
