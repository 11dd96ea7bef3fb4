/**
 * Late claims, found by two hostile reviews and kept as tests. A form's claim that outlives its
 * deadline (the person is told "try again" beside the form) used to be released when it landed,
 * which could swallow their second Submit (the same view, so the same key: read as a repeat, then
 * the key freed, and nothing stored). A form's late claim now carries the first submission out; a
 * second Submit with other values (the person corrected the form) is told the first was kept.
 * Postgres only: a second connection holds the table lock that makes the claim slow.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/content/index.js';
import { isDatabaseUnavailable } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { CLAIM_DEADLINE_MS, firstDelivery } from '../../src/services/scheduling/delivery.js';
import { acceptOnce } from '../../src/slack/kit/accept-once.js';
import { openDatabase, type DatabaseHandle } from '../../src/storage/db/database.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL } from '../support/database.js';
import { appContext } from '../support/scheduler.js';
import { useStandIn } from '../support/use-stand-in.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a form claim that lands after its deadline', () => {
  const standIn = useStandIn();
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let blocker: pg.Client;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    if (!TEST_DATABASE_URL) return;
    const server = await createServerDatabaseUrl();
    if (server === undefined) throw new Error('TEST_DATABASE_URL is set but no server database was created');
    drop = server.drop;
    handle = await openDatabase({ url: server.url });
    await migrate(handle);
    ctx = appContext(handle.db, standIn);
    blocker = new pg.Client({ connectionString: server.url });
    await blocker.connect();
  });

  afterEach(async () => {
    if (!TEST_DATABASE_URL) return;
    await blocker.end().catch(() => undefined);
    await handle.close();
    await drop();
  });

  it.skipIf(!TEST_DATABASE_URL)('carries out exactly one of the two submissions, and the claim stays', async () => {
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
  }, 60_000);

  it.skipIf(!TEST_DATABASE_URL)('tells a corrected second Submit that the first version was kept, instead of closing it as if saved', async () => {
    const submitted = (summary: string) => ({
      user: { id: 'U1' },
      view: { id: 'V1', callback_id: 'meeting_log', state: { values: { summary: { input: { type: 'plain_text_input', value: summary } } } } },
    });
    const acks: unknown[][] = [];
    const ack = (...args: unknown[]) => { acks.push(args); return Promise.resolve(); };
    await blocker.query('begin');
    await blocker.query('lock table slack_deliveries in exclusive mode');
    // Submit #1 (summary "A"): the claim is slow, the form shows "try again".
    const first = acceptOnce(ctx, catalogFor('en'), submitted('A'), ack as never, 'summary');
    while (acks.length === 0) await wait(50);
    expect(JSON.stringify(acks[0])).toContain('errors');
    await blocker.query('commit'); // the claim lands after all
    const firstCarriedOut = await first;
    // The person, told it failed, corrects the summary to "B" and presses Submit again.
    const second = await acceptOnce(ctx, catalogFor('en'), submitted('B'), ack as never, 'summary');
    const secondAck = JSON.stringify(acks[1] ?? []);
    // Never: #1 ("A", reported as failed) stored while #2 ("B") is dropped and its form closed as if saved.
    const editSilentlyLost = firstCarriedOut && !second && !secondAck.includes('errors');
    expect(editSilentlyLost, `first carried out ${String(firstCarriedOut)}, second ${String(second)}, ack ${secondAck}`).toBe(false);
    // Fixed: the person is told, beside the form, that the first version was kept.
    expect(acks[1]).toEqual([{ response_action: 'errors', errors: { summary: catalogFor('en').resilience.formKeptFirst } }]);
    // The very same values again (Slack's retry, a double click) stay a silent repeat.
    expect(await acceptOnce(ctx, catalogFor('en'), submitted('A'), ack as never, 'summary')).toBe(false);
    expect(acks[2]).toEqual([]);
  }, 60_000);
});
