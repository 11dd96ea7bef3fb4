/**
 * The due-jobs claim (claimDueJobs, as every scheduler pass runs it) on a big table: `pairs` pairs and
 * `jobs` jobs of history. Each claim runs in a transaction that is rolled back, so every repetition
 * meets the same table. The plan is the one Postgres really used for claimDueJobs' own statements,
 * captured with auto_explain, not a copy of the SQL.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { BATCH_SIZE, LEASE_MS } from '../scheduler/worker.js';
import { claimDueJobs } from '../storage/scheduling/job.repository.js';
import type { Database } from '../storage/db/schema.js';
import { analyze, type BenchDatabase, benchDatabaseUrl, seedJobHistory, seedPairs } from './bench-db.js';
import { median } from './stats.js';

export interface ClaimCase {
  /** 'busy': a batch's worth is due (one statement); 'quiet': less is due (both statements run). */
  name: 'busy' | 'quiet';
  dueJobs: number;
  claimed: number;
  medianMs: number;
  /** The plans of the statements claimDueJobs ran (one or two), as auto_explain printed them. */
  plans: string[];
  /** Index names the plans walk. */
  indexes: string[];
}

export interface ClaimFigures {
  pairs: number;
  jobs: number;
  repetitions: number;
  cases: ClaimCase[];
}

const DAY_MS = 86_400_000;
class Rollback extends Error {}

export async function measureClaimQuery(
  database: BenchDatabase,
  options: { pairs: number; jobsPerPair: number; repetitions: number },
): Promise<ClaimFigures> {
  const now = new Date();
  const seeded = await seedPairs(database, 1, options.pairs, new Date(now.getTime() - 400 * DAY_MS));
  const jobs = await seedJobHistory(database, { from: seeded.firstId, to: seeded.firstId + seeded.count - 1 }, options.jobsPerPair, now);
  await analyze(database);
  const dueAt = async (at: Date) =>
    (await sql<{ count: number }>`select count(*)::int as count from jobs where state = 'pending' and run_at <= ${at}`.execute(database.db)).rows[0]?.count ?? 0;

  // One connection of our own, so the session settings and auto_explain's notices stay with it.
  const pool = new pg.Pool({ connectionString: benchDatabaseUrl(), max: 1 });
  const notices: string[] = [];
  pool.on('connect', (client) => client.on('notice', (notice) => notices.push(notice.message ?? '')));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const claimOnce = async (at: Date): Promise<{ ms: number; claimed: number }> => {
    let result = { ms: 0, claimed: 0 };
    await db
      .transaction()
      .execute(async (trx) => {
        const started = performance.now();
        const rows = await claimDueJobs(trx, at, BATCH_SIZE, LEASE_MS);
        result = { ms: performance.now() - started, claimed: rows.length };
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    return result;
  };
  const measureCase = async (name: ClaimCase['name'], at: Date): Promise<ClaimCase> => {
    for (let i = 0; i < 5; i += 1) await claimOnce(at);
    const timings: number[] = [];
    let claimed = 0;
    for (let i = 0; i < options.repetitions; i += 1) {
      const once = await claimOnce(at);
      timings.push(once.ms);
      claimed = once.claimed;
    }
    const plans = await explainClaim(db, notices, () => claimOnce(at));
    const indexes = [...new Set(plans.flatMap((plan) => [...plan.matchAll(/using (\w+)/g)].map((match) => match[1] ?? '')))];
    return { name, dueJobs: await dueAt(at), claimed, medianMs: median(timings), plans, indexes };
  };

  try {
    // A busy minute (thousands due) and a quiet one (the seeded due jobs are a minute old; two days
    // earlier nothing is due and no lease has run out, so claimDueJobs runs both of its statements).
    const busy = await measureCase('busy', now);
    const quiet = await measureCase('quiet', new Date(now.getTime() - 2 * DAY_MS));
    return { pairs: seeded.count, jobs, repetitions: options.repetitions, cases: [busy, quiet] };
  } finally {
    await db.destroy();
  }
}

async function explainClaim(db: Kysely<Database>, notices: string[], claimOnce: () => Promise<unknown>): Promise<string[]> {
  try {
    await sql`load 'auto_explain'`.execute(db);
  } catch (error) {
    return [`(no plan: auto_explain could not be loaded: ${error instanceof Error ? error.message : String(error)})`];
  }
  await sql`set auto_explain.log_min_duration = 0`.execute(db);
  await sql`set auto_explain.log_analyze = on`.execute(db);
  await sql`set auto_explain.log_buffers = on`.execute(db);
  await sql`set client_min_messages = log`.execute(db);
  notices.length = 0;
  await claimOnce();
  await sql`set client_min_messages = notice`.execute(db);
  await sql`set auto_explain.log_min_duration = -1`.execute(db);
  return notices.filter((notice) => /update jobs set/i.test(notice)).map((notice) => notice.replace(/^duration: [\d.]+ ms\s+plan:\n/, ''));
}
