/**
 * Attack probe (second review): a form whose claim the deadline gave up on is now carried out when
 * the claim lands late. But the person was told beside the form "try again": they fix a field (the
 * meeting summary, the agreement) and press Submit again. Same view id, so the same key: this
 * corrected submission reads "repeat", the form is CLOSED with an empty ack as if it was saved, and
 * the older values (the ones we told them had failed) are what is stored. Their edit is lost silently.
 * Postgres only: a second connection holds the table lock that makes the first claim slow.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/content/index.js';
import { acceptOnce } from '../../src/slack/kit/accept-once.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL } from '../support/database.js';
import { openDatabase } from '../../src/storage/db/database.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { appContext } from '../support/scheduler.js';
import { useStandIn } from '../support/use-stand-in.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('attack2: the corrected resubmission of a form told "try again"', () => {
  const standIn = useStandIn();

  it.skipIf(!TEST_DATABASE_URL)('is not closed as a silent repeat while the first (reported failed) values are carried out', async () => {
    const server = await createServerDatabaseUrl();
    if (server === undefined) return;
    const handle = await openDatabase({ url: server.url });
    await migrate(handle);
    const ctx = appContext(handle.db, standIn);
    const blocker = new pg.Client({ connectionString: server.url });
    await blocker.connect();
    try {
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
      // Bug: #1 ("A", reported as failed) is stored, #2 ("B") is dropped and its form closed as if saved.
      const editSilentlyLost = firstCarriedOut && !second && !secondAck.includes('errors');
      expect(editSilentlyLost, `first carried out ${String(firstCarriedOut)}, second ${String(second)}, ack ${secondAck}`).toBe(false);
      // Fixed: the person is told, beside the form, that the first version was kept.
      expect(acks[1]).toEqual([{ response_action: 'errors', errors: { summary: catalogFor('en').resilience.formKeptFirst } }]);
      // The very same values again (Slack's retry, a double click) stay a silent repeat.
      expect(await acceptOnce(ctx, catalogFor('en'), submitted('A'), ack as never, 'summary')).toBe(false);
      expect(acks[2]).toEqual([]);
    } finally {
      await blocker.end().catch(() => undefined);
      await handle.close();
      await server.drop();
    }
  }, 60_000);
});
