/**
 * Attack probe: a form claim given up on (the database was slow) and released when it lands late
 * can swallow the person's retry. The person is told "try again"; their second Submit's claim queues
 * behind the first, the first lands (true) and is then released, but the second has already read
 * "repeat" (false) within its deadline: acceptOnce closes the form and carries nothing out, and the
 * key is then free again, so nothing records that the form was never done. Postgres only: a second
 * connection holds the table lock that makes the first claim slow.
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
      const first = await firstDelivery(ctx, key).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(first)).toBe(true); // "try again" beside the form
      // The person presses Submit again at once; the lock goes while this second claim waits.
      const second = firstDelivery(ctx, key).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      await wait(Math.min(300, CLAIM_DEADLINE_MS / 4));
      await blocker.query('commit');
      const retry = await second;
      // The late first claim is released meanwhile.
      await wait(500);
      const left = await handle.db.selectFrom('slack_deliveries').select('key').where('key', '=', key).execute();
      // Either the retry is the first delivery (true), or it is told to try again (an error).
      // Bug: it reads false ("a repeat, ignore it") while no claim is left: the form is lost.
      expect({ retry, claimsLeft: left.length }).not.toEqual({ retry: { value: false }, claimsLeft: 0 });
    } finally {
      await blocker.end().catch(() => undefined);
      await handle.close();
      await server.drop();
    }
  }, 60_000);
});
