/**
 * Scheduler throughput: `pairs` pairs each with a meeting-overdue nudge due now, sent by one and by
 * three scheduler processes (the real app, real passes) into a Slack stand-in that answers at once.
 * Every post is counted per pair (one pair, one channel, one dedupe key) to prove none went twice.
 */
import type { ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { type BenchDatabase, benchDatabaseUrl, seedMembers, seedOverdueNudges, seedPairs } from './bench-db.js';
import { exited, nextMessage, startChild } from './child.js';
import type { WorkerMessage } from './scheduler-worker.js';
import { seededStandIn } from './seeded-stand-in.js';
import { duplicates, median, ratePerSecond } from './stats.js';

export interface SchedulerRun {
  instances: number;
  jobsPerSecond: number;
  sent: number;
  duplicates: number;
  /** Jobs not sent exactly once (postponed, failed, left pending). */
  unsent: number;
  elapsedMs: number;
  /** CPU the scheduler processes spent per job sent (Postgres and the stand-in not included). */
  cpuMsPerJob: number;
  /** Database round trips per job: each statement outside a transaction is a transaction of its own. */
  transactionsPerJob: number;
  /** Slack Web API calls per job sent (the post, and any users.info or DM around it). */
  slackCallsPerJob: number;
  /** RSS of the first instance after its run. */
  rssAfterRunBytes: number;
}

export interface SchedulerFigures {
  pairs: number;
  byInstances: Array<{
    instances: number;
    jobsPerSecond: number;
    cpuMsPerJob: number;
    transactionsPerJob: number;
    slackCallsPerJob: number;
    rssAfterRunBytes: number;
    duplicates: number;
    unsent: number;
    runs: number;
  }>;
  /** One instance: RSS once started, and after sending every nudge (median over runs). */
  rssAfterStartBytes: number;
  rssAfterRunBytes: number;
  /** Where the memory of the one-instance run's process was at its end (the last run's). */
  memoryAfterRun: NodeJS.MemoryUsage | undefined;
  errors: string[];
}

const DAY_MS = 86_400_000;

/** The last weekday 10:00 UTC at or before `from`: a working hour for the seeded people (all in UTC). */
export function benchNow(from = new Date()): Date {
  const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), 10));
  if (at.getTime() > from.getTime()) at.setUTCDate(at.getUTCDate() - 1);
  while (at.getUTCDay() === 0 || at.getUTCDay() === 6) at.setUTCDate(at.getUTCDate() - 1);
  return at;
}

export async function measureScheduler(
  database: BenchDatabase,
  options: { pairs: number; instances: readonly number[]; runs: number },
): Promise<SchedulerFigures> {
  const now = benchNow();
  const seeded = await seedPairs(database, 1, options.pairs, new Date(now.getTime() - 30 * DAY_MS));
  const pairIds = { from: seeded.firstId, to: seeded.firstId + seeded.count - 1 };
  await seedMembers(database, pairIds, now);
  const standIn = await seededStandIn(options.pairs);
  const env = {
    DATABASE_URL: benchDatabaseUrl(),
    SLACK_BOT_TOKEN: standIn.token,
    SLACK_API_URL: standIn.apiUrl,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    PORT: '0',
    ADMIN_USER_IDS: 'UADMIN0',
    BENCH_NOW: now.toISOString(),
  };

  const runs: SchedulerRun[] = [];
  const rss = { start: [] as number[], end: [] as number[] };
  let memoryAfterRun: NodeJS.MemoryUsage | undefined;
  const errors: string[] = [];
  let workers: ChildProcess[] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      for (const instances of options.instances) {
        await sql`delete from jobs`.execute(database.db);
        await seedOverdueNudges(database, pairIds, new Date(now.getTime() - 60_000));
        const firstCall = standIn.calls.length;
        const transactionsBefore = await transactions(database);
        workers = Array.from({ length: instances }, () => startChild('src/bench/scheduler-worker.ts', env));
        const ready = await Promise.all(workers.map((worker) => nextMessage<Extract<WorkerMessage, { type: 'ready' }>>(worker, 'ready')));
        const finished = workers.map((worker) => nextMessage<Extract<WorkerMessage, { type: 'done' }>>(worker, 'done'));
        const started = performance.now();
        for (const worker of workers) worker.send({ type: 'go' });
        const done = await Promise.all(finished);
        const elapsedMs = performance.now() - started;

        errors.push(...done.flatMap((message) => message.errors));
        await Promise.all(workers.map((worker) => exited(worker)));

        const calls = standIn.calls.slice(firstCall);
        const posts = calls.filter((call) => call.method === 'chat.postMessage').map((call) => String(call.params.channel));
        const jobsDone = await sql<{ count: number }>`select count(*)::int as count from jobs where state = 'done'`.execute(database.db);
        const doneCount = jobsDone.rows[0]?.count ?? 0;
        runs.push({
          instances,
          sent: posts.length,
          jobsPerSecond: ratePerSecond(doneCount, elapsedMs),
          cpuMsPerJob: done.reduce((sum, message) => sum + message.cpuMs, 0) / Math.max(doneCount, 1),
          // A backend's counters reach pg_stat_database when it disconnects: read after the workers exit.
          transactionsPerJob: ((await transactions(database)) - transactionsBefore) / Math.max(posts.length, 1),
          slackCallsPerJob: calls.length / Math.max(doneCount, 1),
          rssAfterRunBytes: done[0]?.rssBytes ?? 0,
          duplicates: [...duplicates(posts).values()].reduce((sum, count) => sum + count - 1, 0),
          unsent: options.pairs - new Set(posts).size,
          elapsedMs,
        });
        if (instances === 1) {
          rss.start.push(ready[0]?.rssBytes ?? 0);
          rss.end.push(done[0]?.rssBytes ?? 0);
          memoryAfterRun = done[0]?.memory;
        }
      }
    }
  } finally {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGTERM');
    await standIn.stop();
  }
  return {
    pairs: options.pairs,
    byInstances: options.instances.map((instances) => {
      const mine = runs.filter((run) => run.instances === instances);
      return {
        instances,
        jobsPerSecond: median(mine.map((run) => run.jobsPerSecond)),
        cpuMsPerJob: median(mine.map((run) => run.cpuMsPerJob)),
        transactionsPerJob: median(mine.map((run) => run.transactionsPerJob)),
        slackCallsPerJob: median(mine.map((run) => run.slackCallsPerJob)),
        rssAfterRunBytes: median(mine.map((run) => run.rssAfterRunBytes)),
        duplicates: Math.max(...mine.map((run) => run.duplicates)),
        unsent: Math.max(...mine.map((run) => run.unsent)),
        runs: mine.length,
      };
    }),
    rssAfterStartBytes: rss.start.length > 0 ? median(rss.start) : 0,
    rssAfterRunBytes: rss.end.length > 0 ? median(rss.end) : 0,
    memoryAfterRun,
    errors: errors.slice(0, 5),
  };
}

async function transactions(database: BenchDatabase): Promise<number> {
  const row = await sql<{ count: number }>`
    select (xact_commit + xact_rollback)::int as count from pg_stat_database where datname = current_database()`.execute(database.db);
  return row.rows[0]?.count ?? 0;
}
