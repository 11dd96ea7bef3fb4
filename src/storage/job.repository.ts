import { type ExpressionBuilder, sql } from 'kysely';
import type { DbOrTrx } from './database.js';
import type { Database, JobRow } from './schema.js';

export interface PlannedJob {
  kind: string;
  dedupeKey: string;
  runAt: Date;
  payload: Record<string, unknown>;
}

/**
 * Makes a pair's pending jobs of the planned kinds match `desired`: new occurrences are inserted,
 * moved ones rescheduled, and pending ones no longer wanted cancelled. Jobs already sent stay as they
 * are, so planning twice (or after a job ran) never sends anything twice.
 */
export async function syncPairJobs(
  db: DbOrTrx,
  pairId: number,
  plannedKinds: readonly string[],
  desired: readonly PlannedJob[],
  now: Date,
): Promise<void> {
  if (desired.length > 0) {
    await db
      .insertInto('jobs')
      .values(
        desired.map((job) => ({
          kind: job.kind,
          pair_id: pairId,
          dedupe_key: job.dedupeKey,
          run_at: job.runAt,
          payload: JSON.stringify(job.payload),
        })),
      )
      // A cancelled occurrence wanted again (the pair resumed, say) is pending again; sent or failed ones
      // stay. A job waiting out a back-off or Retry-After keeps waiting.
      .onConflict((oc) =>
        oc
          .column('dedupe_key')
          .doUpdateSet({
            run_at: sql<Date>`greatest(excluded.run_at, coalesce(jobs.not_before, excluded.run_at))`,
            state: 'pending',
            finished_at: null,
          })
          .where('jobs.state', 'in', ['pending', 'cancelled']),
      )
      .execute();
  }
  if (plannedKinds.length === 0) return;
  let stale = db
    .updateTable('jobs')
    .set({ state: 'cancelled', finished_at: now })
    .where('pair_id', '=', pairId)
    .where('state', '=', 'pending')
    .where('kind', 'in', [...plannedKinds]);
  if (desired.length > 0) stale = stale.where('dedupe_key', 'not in', desired.map((job) => job.dedupeKey));
  await stale.execute();
}

/** Adds one job unless its occurrence exists already (snoozes, one-off reminders). */
export async function addJob(db: DbOrTrx, pairId: number | null, job: PlannedJob): Promise<boolean> {
  const inserted = await db
    .insertInto('jobs')
    .values({ kind: job.kind, pair_id: pairId, dedupe_key: job.dedupeKey, run_at: job.runAt, payload: JSON.stringify(job.payload) })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function cancelPairJobs(db: DbOrTrx, pairId: number, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ state: 'cancelled', finished_at: now })
    .where('pair_id', '=', pairId)
    .where('state', '=', 'pending')
    .execute();
}

/**
 * Takes up to `limit` due jobs for this worker: pending ones whose time has come, then running ones
 * whose worker's lease ran out (it died mid-job). SKIP LOCKED lets replicas claim side by side
 * without waiting on, or taking, each other's rows; each half walks its own partial index.
 */
export async function claimDueJobs(db: DbOrTrx, now: Date, limit: number, leaseMs: number): Promise<JobRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const due = await sql<JobRow>`
    update jobs set state = 'running', attempts = attempts + 1, lease_expires_at = ${leaseUntil}
    where id in (
      select id from jobs
      where state = 'pending' and run_at <= ${now}
      order by run_at
      limit ${limit}
      for update skip locked
    )
    returning *`.execute(db);
  if (due.rows.length >= limit) return due.rows;
  const abandoned = await sql<JobRow>`
    update jobs set attempts = attempts + 1, lease_expires_at = ${leaseUntil}
    where id in (
      select id from jobs
      where state = 'running' and lease_expires_at <= ${now} and attempts < max_attempts
      order by lease_expires_at
      limit ${limit - due.rows.length}
      for update skip locked
    )
    returning *`.execute(db);
  return [...due.rows, ...abandoned.rows];
}

/** Running jobs whose lease ran out after their last attempt: failed, for an admin to look at. */
export async function failAbandonedJobs(db: DbOrTrx, now: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'failed', finished_at: now, last_error: 'worker stopped during the last attempt' })
    .where('state', '=', 'running')
    .where('lease_expires_at', '<=', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function completeJob(db: DbOrTrx, jobId: number, now: Date, state: 'done' | 'cancelled' = 'done'): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ state, finished_at: now, lease_expires_at: null })
    .where('id', '=', jobId)
    .where('state', '=', 'running')
    .execute();
}

/** Back to pending for a later attempt, or failed when `retryAt` is null. */
export async function failJobAttempt(db: DbOrTrx, jobId: number, error: string, retryAt: Date | null, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set(
      retryAt === null
        ? { state: 'failed', last_error: error, finished_at: now, lease_expires_at: null }
        : { state: 'pending', last_error: error, run_at: retryAt, not_before: retryAt, lease_expires_at: null },
    )
    .where('id', '=', jobId)
    .where('state', '=', 'running')
    .execute();
}

/** Puts a claimed job back for later without counting an attempt (outside working hours, rate limited). */
export async function postponeJob(db: DbOrTrx, jobId: number, runAt: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({ state: 'pending', run_at: runAt, not_before: runAt, lease_expires_at: null, attempts: eb('attempts', '-', 1) }))
    .where('id', '=', jobId)
    .where('state', '=', 'running')
    .execute();
}

/** What a tick at `at` would claim, without claiming it (`npm run tick -- --dry-run`). */
export async function listDueJobs(db: DbOrTrx, at: Date, limit = 1_000): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'pending'), eb('run_at', '<=', at)]),
        eb.and([eb('state', '=', 'running'), eb('lease_expires_at', '<=', at), eb('attempts', '<', eb.ref('max_attempts'))]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findJob(db: DbOrTrx, jobId: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
}

/** A workspace's jobs are its pairs' jobs. */
const pairsOfTeam = (teamId: string) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb('pair_id', 'in', eb.selectFrom('pairs').select('id').where('team_id', '=', teamId));

export async function listFailedJobs(db: DbOrTrx, teamId: string, limit: number): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('state', '=', 'failed')
    .where(pairsOfTeam(teamId))
    .orderBy('finished_at', 'desc')
    .limit(limit)
    .execute();
}

export async function countJobsByState(db: DbOrTrx, teamId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['state', eb.fn.countAll<number>().as('count')])
    .where('state', 'in', ['pending', 'running', 'failed'])
    .where(pairsOfTeam(teamId))
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]));
}
