/**
 * Fencing: a claim's token guards the job's outcome, leases run on the database's clock and are
 * renewed while a batch is worked, so a slow send, a busy channel or replicas whose clocks differ
 * never send a job twice. Two replicas are two connection pools on one Postgres; Slack is the
 * stand-in, behind a proxy that can hold a call open.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { runSchedulerPass } from '../../src/scheduler/worker.js';
import { type DatabaseHandle, openDatabase } from '../../src/storage/db/database.js';
import { claimDueJobs, completeJob, failJobAttempt, postponeJob } from '../../src/storage/scheduling/job.repository.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL } from '../support/database.js';
import { HoldingProxy } from '../support/holding-proxy.js';
import { cancelOpenJobs, insertJobs, later, minutes, probeHandler, schedulerContext, seedPairs, untilLeaseEnds } from '../support/scheduler.js';
import { useTestDatabase } from '../support/use-database.js';
import { useStandIn } from '../support/use-stand-in.js';

const NOW = new Date('2026-03-03T15:00:00Z');
const OPENED = new Date('2026-02-02T15:00:00Z');
const SKIP = '(skipped without TEST_DATABASE_URL: two replicas need two connection pools on one Postgres server)';

describe('two replicas on one Postgres', () => {
  let server: { url: string; drop(): Promise<void> } | undefined;
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let standIn: SlackStandIn;
  let proxy: HoldingProxy;

  beforeAll(async () => {
    if (!TEST_DATABASE_URL) return;
    server = await createServerDatabaseUrl();
    if (!server) throw new Error('TEST_DATABASE_URL is set but no server database was created');
    a = await openDatabase({ url: server.url });
    b = await openDatabase({ url: server.url });
    await migrate(a);
    standIn = await SlackStandIn.start();
    proxy = await HoldingProxy.start(standIn.apiUrl);
  });

  afterAll(async () => {
    await proxy?.stop();
    await standIn?.stop();
    await a?.close();
    await b?.close();
    await server?.drop();
  });

  afterEach(async () => {
    proxy?.release();
    if (a) await cancelOpenJobs(a.db);
  });

  /** Replica B's passes, every 50 ms until `done` settles; returns how many jobs B claimed. */
  async function passesUntil(done: Promise<unknown>, pass: () => Promise<{ claimed: number }>): Promise<number> {
    let settled = false;
    void done.finally(() => (settled = true));
    let claimed = 0;
    while (!settled) {
      claimed += (await pass()).claimed;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return claimed;
  }

  it.skipIf(!TEST_DATABASE_URL)(`a post held open past the lease is sent once: the pass renews the lease it holds ${SKIP}`, async () => {
    const [pair] = await seedPairs(a.db, standIn, 1, { openedAt: OPENED });
    const [jobId] = await insertJobs(a.db, [pair!], { kind: 'probe', runAt: later(NOW, -minutes(1)) });
    const runs = new Map<number, number>();
    const handlers = { probe: probeHandler(runs) };
    const leaseMs = 600;
    proxy.hold('chat.postMessage');

    const replicaA = runSchedulerPass(schedulerContext(a.db, standIn, { clock: () => NOW, apiUrl: proxy.apiUrl }), NOW, { handlers, leaseMs });
    await proxy.untilHeld(1);
    const firstLease = await a.db.selectFrom('jobs').select('lease_expires_at').where('id', '=', jobId!).executeTakeFirstOrThrow();
    // Replica B keeps passing until the first lease is long over (three times its length).
    const replicaB = schedulerContext(b.db, standIn, { clock: () => NOW });
    const untilOver = (async () => {
      for (;;) {
        const over = await sql<{ over: boolean }>`select now() > ${firstLease.lease_expires_at}::timestamptz + interval '1.2 seconds' as over`.execute(b.db);
        if (over.rows[0]?.over) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const claimedByB = await passesUntil(untilOver, () => runSchedulerPass(replicaB, NOW, { handlers, leaseMs }));
    expect(claimedByB).toBe(0);

    proxy.release();
    expect(await replicaA).toMatchObject({ claimed: 1, done: 1, stale: 0 });
    expect(standIn.messages(pair!.channelId)).toHaveLength(1);
    expect(runs.get(jobId!)).toBe(1);
    const row = await a.db.selectFrom('jobs').selectAll().where('id', '=', jobId!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'done', attempts: 1, claim_token: 1 });
  });

  it.skipIf(!TEST_DATABASE_URL)(`40 due jobs in one channel with a lease a quarter of the time they take are posted 40 times, not more ${SKIP}`, async () => {
    // The case (a 10 s lease, one post a second, 40 posts) scaled down tenfold: 1 s and 100 ms.
    const [pair] = await seedPairs(a.db, standIn, 1, { openedAt: OPENED });
    const same = Array.from({ length: 40 }, () => pair!);
    let n = 0;
    const ids = await insertJobs(a.db, same, { kind: 'probe', runAt: later(NOW, -minutes(1)), key: () => `probe:one-channel:${++n}` });
    const runs = new Map<number, number>();
    const handlers = { probe: probeHandler(runs) };
    const options = { handlers, leaseMs: 1_000 };
    const replicaA = runSchedulerPass(schedulerContext(a.db, standIn, { clock: () => NOW, channelIntervalMs: 100 }), NOW, options);
    const replicaB = schedulerContext(b.db, standIn, { clock: () => NOW, channelIntervalMs: 100 });
    const claimedByB = await passesUntil(replicaA, () => runSchedulerPass(replicaB, NOW, options));

    const resultA = await replicaA;
    expect(resultA.claimed + claimedByB).toBe(40);
    expect(standIn.messages(pair!.channelId)).toHaveLength(40);
    expect(ids.every((id) => runs.get(id) === 1)).toBe(true);
    const rows = await a.db.selectFrom('jobs').select(['state', 'attempts']).where('id', 'in', ids).execute();
    expect(rows.every((row) => row.state === 'done' && row.attempts === 1)).toBe(true);
  });

  it.skipIf(!TEST_DATABASE_URL)(`replicas whose clocks differ by ±10 minutes send each job once ${SKIP}`, async () => {
    const pairs = await seedPairs(a.db, standIn, 30, { openedAt: OPENED });
    const ids = await insertJobs(a.db, pairs, { kind: 'probe', runAt: later(NOW, -minutes(20)) });
    const runs = new Map<number, number>();
    const handlers = { probe: probeHandler(runs) };
    const slow = later(NOW, -minutes(10));
    const fast = later(NOW, minutes(10));
    // The slow replica claims everything and its posts hang; the fast one, whose clock is past the
    // slow one's lease as the slow one would have computed it, must still leave them alone.
    proxy.hold('chat.postMessage');
    const replicaA = runSchedulerPass(schedulerContext(a.db, standIn, { clock: () => slow, apiUrl: proxy.apiUrl }), slow, { handlers });
    await proxy.untilHeld(30);
    const replicaB = schedulerContext(b.db, standIn, { clock: () => fast });
    expect((await runSchedulerPass(replicaB, fast, { handlers })).claimed).toBe(0);
    proxy.release();
    expect(await replicaA).toMatchObject({ claimed: 30, done: 30 });

    // And side by side, both passing at once over fresh jobs.
    const more = await seedPairs(a.db, standIn, 60, { openedAt: OPENED });
    const moreIds = await insertJobs(a.db, more, { kind: 'probe', runAt: later(NOW, -minutes(20)) });
    const both = await Promise.all([
      runSchedulerPass(schedulerContext(a.db, standIn, { clock: () => slow }), slow, { handlers, batchSize: 5 }),
      runSchedulerPass(replicaB, fast, { handlers, batchSize: 5 }),
    ]);
    expect(both[0].claimed + both[1].claimed).toBe(60);
    for (const one of [...pairs, ...more]) expect(standIn.messages(one.channelId)).toHaveLength(1);
    expect([...ids, ...moreIds].every((id) => runs.get(id) === 1)).toBe(true);
  });
});

describe('a stale claim (any database)', () => {
  const database = useTestDatabase();
  const standIn = useStandIn();

  it('cannot complete, fail or postpone the job once another claim took it over', async () => {
    const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: OPENED });
    const [jobId] = await insertJobs(database.db, [pair!], { kind: 'probe', runAt: later(NOW, -minutes(1)) });
    const [first] = await claimDueJobs(database.db, NOW, 1, 50);
    await untilLeaseEnds(database.db, jobId!);
    const [second] = await claimDueJobs(database.db, NOW, 1, 60_000);
    expect(first).toMatchObject({ id: jobId, claimToken: 1, attempts: 1 });
    expect(second).toMatchObject({ id: jobId, claimToken: 2, attempts: 2 });

    expect(await completeJob(database.db, first!, NOW)).toBe(false);
    expect(await failJobAttempt(database.db, first!, 'late', null, NOW)).toBe(false);
    expect(await postponeJob(database.db, first!, later(NOW, minutes(5)))).toBe(false);
    const held = await database.db.selectFrom('jobs').selectAll().where('id', '=', jobId!).executeTakeFirstOrThrow();
    expect(held).toMatchObject({ state: 'running', claim_token: 2, attempts: 2, last_error: null });

    expect(await completeJob(database.db, second!, NOW)).toBe(true);
    expect(await database.db.selectFrom('jobs').select('state').where('id', '=', jobId!).executeTakeFirstOrThrow()).toEqual({ state: 'done' });
  });
});
