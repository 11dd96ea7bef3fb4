/**
 * Claiming: several scheduler instances against one Postgres send every job exactly once, and a
 * worker that dies between claim and completion leaves its job to be sent after the lease, once.
 * Real scheduler code and repositories; the Slack stand-in answers the Web API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { type PassResult, runSchedulerPass } from '../../src/scheduler/worker.js';
import { type DatabaseHandle, openDatabase } from '../../src/storage/db/database.js';
import { claimDueJobs } from '../../src/storage/scheduling/job.repository.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL } from '../support/database.js';
import {
  cancelOpenJobs,
  claimAndHang,
  insertJobs,
  later,
  leaseLeftMs,
  untilLeaseEnds,
  minutes,
  probeHandler,
  schedulerContext,
  seedPairs,
} from '../support/scheduler.js';
import { useTestDatabase } from '../support/use-database.js';
import { useStandIn } from '../support/use-stand-in.js';

const NOW = new Date('2026-03-03T15:00:00Z');
const OPENED = new Date('2026-02-02T15:00:00Z');
const LEASE_MS = minutes(5);
const SHORT_LEASE_MS = 1_500;

describe('three scheduler instances against one Postgres', () => {
  it.skipIf(!TEST_DATABASE_URL)(
    'send each of 1,000 due jobs exactly once (skipped without TEST_DATABASE_URL: needs three connection pools on one Postgres server)',
    async () => {
      const server = await createServerDatabaseUrl();
      if (!server) throw new Error('TEST_DATABASE_URL is set but no server database was created');
      const handles: DatabaseHandle[] = [];
      const standIn = await SlackStandIn.start();
      try {
        // Three pools, so three sets of connections, as three replicas would have.
        for (let i = 0; i < 3; i += 1) handles.push(await openDatabase({ url: server.url }));
        const [first] = handles;
        if (!first) throw new Error('no database handle');
        await migrate(first);
        const pairs = await seedPairs(first.db, standIn, 1_000, { openedAt: OPENED });
        await insertJobs(first.db, pairs, { kind: 'probe', runAt: later(NOW, -minutes(1)) });

        const runs = new Map<number, number>();
        const logs: Array<{ message: string }> = [];
        const instances = handles.map((handle) => schedulerContext(handle.db, standIn, { clock: () => NOW, logs }));
        const started = Date.now();
        const results: PassResult[] = await Promise.all(
          instances.map((ctx) => runSchedulerPass(ctx, NOW, { handlers: { probe: probeHandler(runs) }, maxBatches: 1_000 })),
        );
        const elapsedMs = Date.now() - started;

        expect(logs).toEqual([]);
        expect(results.reduce((sum, result) => sum + result.claimed, 0)).toBe(1_000);
        expect(results.reduce((sum, result) => sum + result.done, 0)).toBe(1_000);
        // Each instance took a share: the claims really ran side by side.
        for (const result of results) expect(result.claimed).toBeGreaterThan(0);

        const jobs = await first.db.selectFrom('jobs').selectAll().execute();
        expect(jobs).toHaveLength(1_000);
        for (const job of jobs) {
          expect(job).toMatchObject({ state: 'done', attempts: 1, lease_expires_at: null, last_error: null });
          expect(job.finished_at).toEqual(NOW);
        }
        // No job was handed to two workers.
        expect(runs.size).toBe(1_000);
        expect([...runs.values()].every((count) => count === 1)).toBe(true);

        const posts = standIn.callsTo('chat.postMessage');
        expect(posts).toHaveLength(1_000);
        expect(new Set(posts.map((call) => call.params.channel)).size).toBe(1_000);
        for (const pair of pairs) expect(standIn.messages(pair.channelId)).toHaveLength(1);

        // Another round from every instance finds nothing left to send.
        const again = await Promise.all(instances.map((ctx) => runSchedulerPass(ctx, later(NOW, minutes(1)), { handlers: { probe: probeHandler(runs) } })));
        expect(again.map((result) => result.claimed)).toEqual([0, 0, 0]);
        expect(standIn.callsTo('chat.postMessage')).toHaveLength(1_000);
        expect(elapsedMs).toBeLessThan(60_000);
      } finally {
        await Promise.all(handles.map((handle) => handle.close()));
        await standIn.stop();
        await server.drop();
      }
    },
    120_000,
  );
});

describe('a worker that dies between claim and completion', () => {
  it.skipIf(!TEST_DATABASE_URL)(
    'a killed process leaves its job running until the lease ends; then it is sent once (skipped without TEST_DATABASE_URL: a second process needs a Postgres server)',
    async () => {
      const server = await createServerDatabaseUrl();
      if (!server) throw new Error('TEST_DATABASE_URL is set but no server database was created');
      const standIn = await SlackStandIn.start();
      const handle = await openDatabase({ url: server.url });
      try {
        await migrate(handle);
        const [pair] = await seedPairs(handle.db, standIn, 1, { openedAt: OPENED });
        const [jobId] = await insertJobs(handle.db, [pair!], { kind: 'probe', runAt: later(NOW, -minutes(1)) });

        // A short lease, as leases run on the database's clock: the test lets it run out for real.
        const { jobId: claimed, run } = await claimAndHang(server.url, NOW, SHORT_LEASE_MS);
        expect(claimed).toBe(jobId);
        run.child.kill('SIGKILL');
        expect(await run.exited).toMatchObject({ signal: 'SIGKILL' });

        const held = await handle.db.selectFrom('jobs').selectAll().where('id', '=', claimed).executeTakeFirstOrThrow();
        expect(held).toMatchObject({ state: 'running', attempts: 1, finished_at: null, claim_token: 1 });

        const runs = new Map<number, number>();
        const ctx = schedulerContext(handle.db, standIn);
        const handlers = { probe: probeHandler(runs) };

        // While the lease runs, the job belongs to the dead worker: nobody else sends it, whatever
        // the passing replica's own clock says.
        const during = await runSchedulerPass(ctx, later(NOW, LEASE_MS + minutes(1)), { handlers });
        expect(during.claimed).toBe(0);
        expect(standIn.callsTo('chat.postMessage')).toHaveLength(0);

        await untilLeaseEnds(handle.db, claimed);
        const after = await runSchedulerPass(ctx, later(NOW, minutes(1)), { handlers });
        expect(after).toMatchObject({ claimed: 1, done: 1 });
        expect(standIn.messages(pair!.channelId)).toHaveLength(1);
        const done = await handle.db.selectFrom('jobs').selectAll().where('id', '=', claimed).executeTakeFirstOrThrow();
        expect(done).toMatchObject({ state: 'done', attempts: 2, lease_expires_at: null, claim_token: 2 });

        const next = await runSchedulerPass(ctx, later(NOW, LEASE_MS + minutes(10)), { handlers });
        expect(next.claimed).toBe(0);
        expect(standIn.callsTo('chat.postMessage')).toHaveLength(1);
        expect(runs.get(claimed)).toBe(1);
      } finally {
        await handle.close();
        await standIn.stop();
        await server.drop();
      }
    },
    60_000,
  );

  describe('in one process (any database)', () => {
    const database = useTestDatabase();
    const standIn = useStandIn();

    afterEach(async () => {
      await cancelOpenJobs(database.db);
    });

    it('a claim never completed is claimed again after its lease, sent once, on its second attempt', async () => {
      const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: OPENED });
      const [jobId] = await insertJobs(database.db, [pair!], { kind: 'probe', runAt: later(NOW, -minutes(1)) });

      // A worker claims it, then is never heard of again. Its lease is counted on the database's
      // clock from the claim, whatever the worker's clock says.
      const [claimed] = await claimDueJobs(database.db, NOW, 1, SHORT_LEASE_MS);
      expect(claimed).toMatchObject({ id: jobId, state: 'running', attempts: 1, claimToken: 1 });
      const left = await leaseLeftMs(database.db, jobId!);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(SHORT_LEASE_MS);

      const runs = new Map<number, number>();
      const ctx = schedulerContext(database.db, standIn);
      const handlers = { probe: probeHandler(runs) };
      const posted = () => standIn.messages(pair!.channelId).length;

      // A pass whose clock runs hours ahead still leaves it alone while the lease runs.
      expect((await runSchedulerPass(ctx, later(NOW, minutes(120)), { handlers })).claimed).toBe(0);
      expect(posted()).toBe(0);

      await untilLeaseEnds(database.db, jobId!);
      expect(await runSchedulerPass(ctx, later(NOW, minutes(1)), { handlers })).toMatchObject({ claimed: 1, done: 1 });
      expect(posted()).toBe(1);
      const row = await database.db.selectFrom('jobs').selectAll().where('id', '=', jobId!).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'done', attempts: 2, lease_expires_at: null });

      expect((await runSchedulerPass(ctx, later(NOW, minutes(30)), { handlers })).claimed).toBe(0);
      expect(posted()).toBe(1);
      expect(runs.get(jobId!)).toBe(1);
    });

    it('a job whose last attempt was abandoned is marked failed for the admins, not sent again', async () => {
      const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: OPENED });
      const [jobId] = await insertJobs(database.db, [pair!], { kind: 'probe', runAt: later(NOW, -minutes(1)) });
      await database.db.updateTable('jobs').set({ max_attempts: 1 }).where('id', '=', jobId!).execute();
      await claimDueJobs(database.db, NOW, 1, 50);
      await untilLeaseEnds(database.db, jobId!);

      const runs = new Map<number, number>();
      const ctx = schedulerContext(database.db, standIn);
      const result = await runSchedulerPass(ctx, later(NOW, LEASE_MS + minutes(1)), { handlers: { probe: probeHandler(runs) } });

      expect(result).toMatchObject({ claimed: 0, failed: 1 });
      const row = await database.db.selectFrom('jobs').selectAll().where('id', '=', jobId!).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'failed', attempts: 1, last_error: 'worker stopped during the last attempt' });
      expect(row.finished_at).toEqual(later(NOW, LEASE_MS + minutes(1)));
      expect(standIn.messages(pair!.channelId)).toHaveLength(0);
      expect(runs.size).toBe(0);
    });

    it('two passes side by side on one handle send each job once', async () => {
      const pairs = await seedPairs(database.db, standIn, 60, { openedAt: OPENED });
      const ids = await insertJobs(database.db, pairs, { kind: 'probe', runAt: later(NOW, -minutes(1)) });
      const runs = new Map<number, number>();
      const handlers = { probe: probeHandler(runs) };
      const instances = [schedulerContext(database.db, standIn), schedulerContext(database.db, standIn)];
      const mark = standIn.callsTo('chat.postMessage').length;

      const results = await Promise.all(instances.map((ctx) => runSchedulerPass(ctx, NOW, { handlers, batchSize: 5, maxBatches: 100 })));

      expect(results.reduce((sum, result) => sum + result.done, 0)).toBe(60);
      expect(standIn.callsTo('chat.postMessage').length - mark).toBe(60);
      for (const id of ids) expect(runs.get(id)).toBe(1);
      for (const pair of pairs) expect(standIn.messages(pair.channelId)).toHaveLength(1);
      const states = await database.db.selectFrom('jobs').select(['state', 'attempts']).where('id', 'in', ids).execute();
      expect(states.every((row) => row.state === 'done' && row.attempts === 1)).toBe(true);
    });
  });
});
